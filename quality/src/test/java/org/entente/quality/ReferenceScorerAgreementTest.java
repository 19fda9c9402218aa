package org.entente.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente evaluate} must agree with the reference scorers of {@code ../shared/tools} on the same predictions:
 * on hand-made edge cases and on the predictions it writes for the dev corpora. Skipped without ../shared or python3.
 */
class ReferenceScorerAgreementTest {

    @Test
    void newsScoresOfEdgeCasesEqualTheReference() throws Exception {
        final Path gold = SharedCorpus.edge("news-gold.jsonl");
        final Path pred = SharedCorpus.edge("news-pred.jsonl");
        final JsonNode reference = ReferenceScorers.run(SharedCorpus.tool("score_news.py"), gold.toString(), pred.toString(), "--json");
        assertSameFigures(NewsScorer.score(Jsonl.read(gold), Jsonl.read(pred)).scores(), reference);
    }

    @Test
    void temporalScoresOfEdgeCasesEqualTheReference() throws Exception {
        final Path gold = SharedCorpus.edge("temporal-gold.jsonl");
        final Path pred = SharedCorpus.edge("temporal-pred.jsonl");
        final JsonNode reference = ReferenceScorers.run(SharedCorpus.tool("score_temporal.py"), gold.toString(), pred.toString(), "--json");
        assertSameFigures(TemporalScorer.score(Jsonl.read(gold), Jsonl.read(pred)).scores(), reference);
    }

    @Test
    void devNewsScoresEqualTheReferenceOnTheWrittenPredictions() throws Exception {
        final Path script = SharedCorpus.tool("score_news.py");
        final DevCorpusRuns.Run run = DevCorpusRuns.of("dev-news.jsonl");
        final JsonNode reference = ReferenceScorers.run(script,
                SharedCorpus.corpus("dev-news.jsonl").toString(), run.predictions().toString(), "--json");
        assertSameFigures(run.report().scores(), reference);
    }

    @Test
    void devTemporalScoresEqualTheReferenceOnTheWrittenPredictions() throws Exception {
        final Path script = SharedCorpus.tool("score_temporal.py");
        final DevCorpusRuns.Run run = DevCorpusRuns.of("dev-temporal.jsonl");
        final JsonNode reference = ReferenceScorers.run(script,
                SharedCorpus.corpus("dev-temporal.jsonl").toString(), run.predictions().toString(), "--json");
        assertSameFigures(run.report().scores(), reference);
    }

    @Test
    void devBodyScoresEqualTheReferenceOnTheWrittenPredictions() throws Exception {
        final Path corpus = SharedCorpus.corpus("html-zyte-dev");
        final Path script = SharedCorpus.tool("score_extraction.py");
        final DevCorpusRuns.Run run = DevCorpusRuns.of("html-zyte-dev");
        final JsonNode reference = ReferenceScorers.run(script, run.predictions().toString(),
                "--gt", corpus.resolve("ground-truth.json").toString(), "--n-bootstrap", "0", "--json");
        assertSameBodyFigures(run.report().scores(), reference);
    }

    /** The body metric, checked on the reference's own all-visible-text baseline (it does not need the ingest parser). */
    @Test
    void bodyMetricEqualsTheReferenceOnTheBaselinePredictions(@TempDir Path tmp) throws Exception {
        final Path corpus = SharedCorpus.corpus("html-zyte-dev");
        final Path script = SharedCorpus.tool("score_extraction.py");
        final Path pred = tmp.resolve("baseline.jsonl");
        final JsonNode reference = ReferenceScorers.run(script, "--baseline", "--write-pred", pred.toString(),
                "--gt", corpus.resolve("ground-truth.json").toString(), "--html-dir", corpus.resolve("html").toString(),
                "--n-bootstrap", "0", "--json");
        final TreeMap<String, String> truth = new TreeMap<>();
        Jsonl.MAPPER.readTree(corpus.resolve("ground-truth.json").toFile()).fields()
                .forEachRemaining(f -> truth.put(f.getKey(), f.getValue().path("articleBody").asText("")));
        final Map<String, String> bodies = new HashMap<>();
        for (JsonNode p : Jsonl.read(pred)) {
            bodies.put(p.get("id").asText(), p.path("body").asText(""));
        }
        assertThat(Files.size(pred)).isPositive();
        assertSameBodyFigures(BodyScorer.score(truth, bodies).scores(), reference);
    }

    /** The reference prints the body figures unrounded: equal up to floating-point summation order. */
    static void assertSameBodyFigures(JsonNode ours, JsonNode reference) {
        for (String k : new String[] {"f1", "precision", "recall", "accuracy"}) {
            assertThat(ours.get(k).asDouble()).as(k).isCloseTo(reference.get(k).asDouble(), within(1e-9));
        }
        for (String k : new String[] {"pages", "pages_in_precision", "pages_in_recall"}) {
            assertThat(ours.get(k).asInt()).as(k).isEqualTo(reference.get(k).asInt());
        }
    }

    /** Same keys, same figures (both sides round to 4 places, so they must be equal, not merely close). */
    static void assertSameFigures(JsonNode ours, JsonNode reference) {
        final Map<String, Double> expected = Figures.flatten(reference);
        final Map<String, Double> actual = Figures.flatten(ours);
        assertThat(actual).containsOnlyKeys(expected.keySet());
        expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).isEqualTo(v));
    }
}
