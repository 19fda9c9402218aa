package org.entente.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The three corpus formats {@code entente evaluate} reads, told apart by their records (spec/extraction.md section 5). */
public enum CorpusKind {
    /** JSON Lines of articles with {@code text} or {@code html}, {@code published}, {@code tz} and {@code gold}. */
    NEWS,
    /** JSON Lines of sentences with {@code span}, {@code ref} and {@code value}. */
    TEMPORAL,
    /** A directory with {@code ground-truth.json} and {@code html/}, as the Zyte article-extraction benchmark. */
    BODY;

    public static CorpusKind detect(Path corpus) throws IOException {
        if (!Files.exists(corpus)) {
            throw new IllegalArgumentException("no corpus at " + corpus);
        }
        if (Files.isDirectory(corpus)) {
            if (Files.isRegularFile(corpus.resolve("ground-truth.json")) && Files.isDirectory(corpus.resolve("html"))) {
                return BODY;
            }
            throw new IllegalArgumentException(corpus + " is a directory without ground-truth.json and html/");
        }
        final List<JsonNode> rows = Jsonl.read(corpus);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(corpus + " holds no record");
        }
        return of(rows.get(0), corpus);
    }

    static CorpusKind of(JsonNode record, Path corpus) {
        if (record.has("span") && record.has("ref") && record.has("value")) {
            return TEMPORAL;
        }
        if (record.has("gold") && (record.has("text") || record.has("html")) && record.has("published")) {
            return NEWS;
        }
        throw new IllegalArgumentException(corpus + ": the first record is neither a news article (text or html, "
                + "published, tz, gold) nor a temporal case (span, ref, value)");
    }
}
