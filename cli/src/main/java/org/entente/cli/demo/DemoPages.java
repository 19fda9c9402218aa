package org.entente.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.schemas.avro.FetchedPage;

/** The sample pages bundled under {@code demo/pages/}, listed with their URL, outlet and fetch time in {@code pages.tsv}. */
public final class DemoPages {

    private static final String DIR = "/demo/pages/";

    private DemoPages() {
    }

    /** Every listed page as the feeder would have fetched it, in the listed order. */
    public static List<FetchedPage> load() {
        final List<FetchedPage> pages = new ArrayList<>();
        for (final String line : resource("pages.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            final String[] cells = line.split("\t");
            if (cells.length != 4) {
                throw new IllegalStateException("demo/pages/pages.tsv: expected 4 tab-separated cells: " + line);
            }
            pages.add(FetchedPage.newBuilder()
                    .setUrl(cells[1].trim())
                    .setFetchedAt(Instant.parse(cells[3].trim()))
                    .setStatus(200)
                    .setContentType("text/html; charset=utf-8")
                    .setHeaders(Map.of())
                    .setBody(ByteBuffer.wrap(bytes(cells[0].trim())))
                    .setCharsetHint("UTF-8")
                    .setSource(cells[2].trim())
                    .setFeed("demo")
                    .build());
        }
        return pages;
    }

    private static String resource(final String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(final String name) {
        try (InputStream in = DemoPages.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + DIR + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
