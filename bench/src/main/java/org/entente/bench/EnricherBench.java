package org.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.enrich.Enricher;
import org.entente.enrich.model.Document;
import org.entente.enrich.model.Enrichment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the whole extraction library on one thread (one core): normalise, language, entities, time,
 * statements and phases, through {@link Enricher#enrich}, over the 32 real articles of the dev corpus in turn.
 * One operation is one article: the score is articles per second.
 *
 * <pre>
 * mvn -q -DskipTests package -pl bench -am
 * java -jar bench/target/benchmarks.jar EnricherBench -p corpus=../shared/corpus/dev-news.jsonl
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class EnricherBench {

    /** The news corpus whose articles are enriched (JSON Lines with id, lang, title, text, published, tz). */
    @Param("../shared/corpus/dev-news.jsonl")
    public String corpus;

    private Enricher enricher;
    private List<Document> documents;
    private int next;

    @Setup
    public void load() throws IOException {
        final Path path = Path.of(corpus);
        if (!Files.exists(path)) {
            throw new IllegalStateException("corpus absent: " + path.toAbsolutePath() + " (pass -p corpus=PATH)");
        }
        enricher = Enricher.load();
        documents = new ArrayList<>();
        final ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                documents.add(document(json.readTree(line)));
            }
        }
    }

    /** Baseline for the same run: only the normaliser the library starts with (the ratio is steadier than either). */
    @Benchmark
    public Object normaliseOneArticleBaseline() {
        final Document d = documents.get(next);
        next = (next + 1) % documents.size();
        return org.entente.text.TextNormalizer.normalize(d.fullText());
    }

    @Benchmark
    public Enrichment enrichOneArticle() {
        final Document d = documents.get(next);
        next = (next + 1) % documents.size();
        return enricher.enrich(d);
    }

    private static Document document(JsonNode r) {
        final ZoneId zone = ZoneId.of(r.path("tz").asText("UTC"));
        final String published = r.get("published").asText();
        final ZonedDateTime at = published.length() == 10
            ? LocalDate.parse(published).atTime(12, 0).atZone(zone)
            : OffsetDateTime.parse(published).atZoneSameInstant(zone);
        return new Document(r.get("id").asText(), r.path("lang").asText(null),
            r.path("title").isNull() ? null : r.path("title").asText(null), r.path("text").asText(""), at);
    }
}
