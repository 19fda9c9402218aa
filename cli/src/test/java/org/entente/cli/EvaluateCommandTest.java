package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {

    private static final String ARTICLE = """
            {"id": "x1", "lang": "en", "published": "2016-09-10", "tz": "Asia/Damascus", "title": "Truce deal", \
            "text": "The truce will start on Monday, said no one in particular.", \
            "gold": {"entities": [{"type": "PERSON", "name": "Nobody Inparticular"}], \
            "alerts": [{"type": "TALKS_SCHEDULED", "date": "2030-01-01", "evidence": "never stated"}], \
            "phases": ["COLLAPSED"], "phase": "COLLAPSED"}}
            """;

    private static String run(String... args) {
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        final PrintStream saved = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertThat(new CommandLine(new Entente()).execute(args)).isZero();
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheScoresAsOneJsonObjectAndWritesOnePredictionPerArticle(@TempDir Path tmp) throws Exception {
        final Path corpus = Files.writeString(tmp.resolve("news.jsonl"), ARTICLE);
        final Path out = tmp.resolve("p.jsonl");
        final String printed = run("evaluate", "--corpus", corpus.toString(), "--out", out.toString(), "--json");
        final JsonNode scores = new ObjectMapper().readTree(printed);
        assertThat(scores.fieldNames()).toIterable().contains("entities", "alerts", "phase", "by_lang");
        assertThat(scores.get("by_lang").get("en").get("articles").asInt()).isEqualTo(1);
        final List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        assertThat(new ObjectMapper().readTree(lines.get(0)).fieldNames()).toIterable()
                .containsExactly("id", "entities", "alerts", "phases", "phase");
    }

    @Test
    void listsMissedItemsWithTheirEvidence(@TempDir Path tmp) throws Exception {
        final Path corpus = Files.writeString(tmp.resolve("news.jsonl"), ARTICLE);
        final String printed = run("evaluate", "--corpus", corpus.toString(), "--errors");
        assertThat(printed).contains("x1\tmissed entity\tPERSON\tNobody Inparticular")
                .contains("x1\tmissed alert\tTALKS_SCHEDULED 2030-01-01\tevidence: never stated")
                .contains("scope");
    }
}
