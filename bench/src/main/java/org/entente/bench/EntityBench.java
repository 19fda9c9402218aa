package org.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.enrich.entities.GazetteerEntityRecognizer;
import org.entente.enrich.model.Entity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Entity recognition throughput on one core with the gazetteer loaded: one operation = one article (title + text)
 * of {@code shared/corpus/dev-news.jsonl} (32 articles in four languages, cycled), so ops/s = articles/s.
 * Run: {@code java -jar bench/target/benchmarks.jar EntityBench}; set {@code -Dentente.corpus=PATH} when the corpus
 * is not found above the working directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class EntityBench {
    private GazetteerEntityRecognizer recognizer;
    private List<String[]> articles; // {text, lang}
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        recognizer = GazetteerEntityRecognizer.load();
        articles = readCorpus(corpus());
    }

    @Benchmark
    public List<Entity> recognizeOneArticle() {
        final String[] a = articles.get(next);
        next = (next + 1) % articles.size();
        return recognizer.recognize(a[0], a[1]);
    }

    static Path corpus() {
        final String given = System.getProperty("entente.corpus");
        if (given != null) {
            return Path.of(given);
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && dir != null; i++, dir = dir.getParent()) {
            final Path p = dir.resolve("shared/corpus/dev-news.jsonl");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("shared/corpus/dev-news.jsonl not found; pass -Dentente.corpus=PATH");
    }

    static List<String[]> readCorpus(Path p) throws IOException {
        final ObjectMapper om = new ObjectMapper();
        final List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(p)) {
            if (line.isBlank()) {
                continue;
            }
            final JsonNode n = om.readTree(line);
            final String title = n.path("title").isTextual() ? n.path("title").asText() : "";
            final String text = title.isEmpty() ? n.path("text").asText() : title + "\n\n" + n.path("text").asText();
            out.add(new String[] {text, n.path("lang").asText()});
        }
        return out;
    }
}
