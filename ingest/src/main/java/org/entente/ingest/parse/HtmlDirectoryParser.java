package org.entente.ingest.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Parses every page of a folder ({@code .html}, {@code .htm}, {@code .html.gz}) with the service's
 * {@link PageParser} and writes one JSON line per page: {@code id} (file name without extensions), headline,
 * body, published, lang, source; a rejected page gets an empty body and its reason under {@code rejected}.
 */
public final class HtmlDirectoryParser {

    /** How many pages were written and how many of them the parser rejected. */
    public record Summary(int pages, int rejected) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageParser parser;

    public HtmlDirectoryParser(PageParser parser) {
        this.parser = parser;
    }

    public Summary parse(Path dir, Path out) throws IOException {
        final List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(HtmlDirectoryParser::isPage).sorted().toList();
        }
        int rejected = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path f : files) {
                final ObjectNode line = JSON.createObjectNode();
                line.put("id", id(f));
                try {
                    final ParsedPage p = parser.parse(Files.readAllBytes(f), null, null);
                    line.put("headline", p.headline());
                    line.put("body", p.body());
                    line.put("published", p.published() == null ? null : p.published().toOffsetDateTime().toString());
                    line.put("lang", p.lang());
                    line.put("source", p.source());
                } catch (PageRejectedException e) {
                    rejected++;
                    line.put("headline", "");
                    line.put("body", "");
                    line.put("rejected", e.reason().name());
                    line.put("detail", e.detail());
                }
                w.write(JSON.writeValueAsString(line));
                w.newLine();
            }
        }
        return new Summary(files.size(), rejected);
    }

    static boolean isPage(Path f) {
        final String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz");
    }

    /** The file name without its extensions: {@code abc.html.gz} → {@code abc}. */
    static String id(Path f) {
        final String n = f.getFileName().toString();
        return n.replaceFirst("(?i)\\.html?(\\.gz)?$", "");
    }
}
