package org.entente.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** JSON Lines in and out (UTF-8, one object a line, blank lines skipped). */
public final class Jsonl {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Jsonl() {}

    public static List<JsonNode> read(Path path) throws IOException {
        final List<JsonNode> rows = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                rows.add(MAPPER.readTree(line));
            } catch (JsonProcessingException e) {
                throw new IOException(path + ":" + n + ": not JSON: " + e.getOriginalMessage(), e);
            }
        }
        return rows;
    }

    public static void write(Path path, List<? extends JsonNode> rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            for (JsonNode row : rows) {
                out.write(line(row));
                out.write('\n');
            }
        }
    }

    public static String line(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
