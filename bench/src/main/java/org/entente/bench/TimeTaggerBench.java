package org.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.enrich.model.TimeExpression;
import org.entente.enrich.time.RuleTimeTagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The temporal tagger over the articles of {@code ../shared/corpus/dev-news.jsonl} (title and text, each against its
 * own publication time), one thread: articles per second on one core. The corpus is read at benchmark time; pass
 * {@code -p corpus=PATH} when running from elsewhere than the repository root.
 *
 * <pre>mvn -q -DskipTests package -pl bench -am && java -jar bench/target/benchmarks.jar TimeTaggerBench</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class TimeTaggerBench {
    /** Articles in the corpus; JMH divides each invocation by it, so the score is articles per second. */
    private static final int ARTICLES = 32;

    @Param("../shared/corpus/dev-news.jsonl")
    public String corpus;

    private RuleTimeTagger tagger;
    private final List<Article> articles = new ArrayList<>();

    record Article(String lang, String text, ZonedDateTime published) {}

    @Setup
    public void load() throws IOException {
        tagger = RuleTimeTagger.load();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of(corpus), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            String title = n.path("title").isTextual() ? n.get("title").asText() + "\n\n" : "";
            articles.add(new Article(n.get("lang").asText(), title + n.get("text").asText(), published(n)));
        }
        if (articles.size() != ARTICLES) {
            throw new IllegalStateException(corpus + " has " + articles.size() + " articles, the benchmark divides by " + ARTICLES);
        }
    }

    /** A date alone is read at noon in the publisher's zone, as {@code entente evaluate} does. */
    private static ZonedDateTime published(JsonNode n) {
        String p = n.get("published").asText();
        ZoneId zone = ZoneId.of(n.get("tz").asText());
        return p.length() == 10 ? ZonedDateTime.of(LocalDate.parse(p), LocalTime.NOON, zone)
                : ZonedDateTime.parse(p).withZoneSameInstant(zone);
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void tagAllArticles(Blackhole bh) {
        for (Article a : articles) {
            List<TimeExpression> found = tagger.tag(a.text(), a.lang(), a.published());
            bh.consume(found);
        }
    }

    /**
     * Baseline for the same run: only the text normaliser every tagger call starts with. On a shared, noisy machine
     * the ratio of the two scores is steadier than either figure.
     */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void normaliseAllArticlesBaseline(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(org.entente.text.TextNormalizer.normalize(a.text()));
        }
    }
}
