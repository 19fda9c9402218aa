package org.entente.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusKindTest {

    @Test
    void tellsNewsFromTemporalByTheirRecords() throws IOException {
        assertThat(CorpusKind.detect(SharedCorpus.edge("news-gold.jsonl"))).isEqualTo(CorpusKind.NEWS);
        assertThat(CorpusKind.detect(SharedCorpus.edge("temporal-gold.jsonl"))).isEqualTo(CorpusKind.TEMPORAL);
    }

    @Test
    void aDirectoryWithGroundTruthAndHtmlIsABodyCorpus(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ground-truth.json"), "{}");
        Files.createDirectory(dir.resolve("html"));
        assertThat(CorpusKind.detect(dir)).isEqualTo(CorpusKind.BODY);
    }

    @Test
    void refusesRecordsOfNoKnownKind(@TempDir Path dir) throws IOException {
        final Path f = dir.resolve("x.jsonl");
        Files.writeString(f, "{\"id\": \"x\", \"text\": \"no gold\"}\n");
        assertThatThrownBy(() -> CorpusKind.detect(f)).hasMessageContaining("neither a news article");
    }
}
