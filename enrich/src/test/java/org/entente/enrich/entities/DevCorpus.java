package org.entente.enrich.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code shared/corpus/dev-news.jsonl} (found above the working directory) for corpus tests. */
final class DevCorpus {
    record Article(String id, String lang, String text, List<String[]> gold) {}

    private DevCorpus() {}

    static Optional<Path> locate(String file) {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && dir != null; i++, dir = dir.getParent()) {
            final Path p = dir.resolve("shared").resolve("corpus").resolve(file);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static List<Article> read(Path p) throws IOException {
        final ObjectMapper om = new ObjectMapper();
        final List<Article> out = new ArrayList<>();
        for (String line : Files.readAllLines(p)) {
            if (line.isBlank()) {
                continue;
            }
            final JsonNode n = om.readTree(line);
            final String title = n.path("title").isTextual() ? n.path("title").asText() : "";
            final String body = n.path("text").asText("");
            final String text = title.isEmpty() ? body : title + "\n\n" + body;
            final List<String[]> gold = new ArrayList<>();
            for (JsonNode e : n.path("gold").path("entities")) {
                gold.add(new String[] {e.path("type").asText(), e.path("name").asText()});
            }
            out.add(new Article(n.path("id").asText(), n.path("lang").asText(), text, gold));
        }
        return out;
    }

    /** The scorer's name key: no diacritics, case-folded, punctuation to spaces, no leading "the " / "al ". */
    static String key(String type, String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{N}_\\s]", " ").replaceAll("\\s+", " ").strip();
        for (String prefix : new String[] {"the ", "al "}) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length());
            }
        }
        return type.toUpperCase(Locale.ROOT) + "|" + s;
    }
}
