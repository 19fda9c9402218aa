package org.entente.ingest.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the parser's data files: UTF-8, one entry a line, '#' comments and blank lines skipped. */
final class DataFiles {
    private DataFiles() {}

    /** Entry lines of a resource beside this package, each with its 1-based line number. */
    static List<Line> lines(String resource) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource);
            }
            final List<Line> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                int n = 0;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    n++;
                    if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                        out.add(new Line(resource, n, line.strip()));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Line(String file, int number, String text) {
        String[] fields(int expected) {
            final String[] f = text.split("\t");
            if (f.length < expected) {
                throw new IllegalStateException(file + ":" + number + ": expected " + expected + " tab-separated fields");
            }
            return f;
        }
    }
}
