package org.entente.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.entente.enrich.model.TimeExpression;
import org.entente.enrich.model.TimeKind;
import org.entente.enrich.time.TimeTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporalEvaluationTest {

    private static TimeExpression expr(int start, int end, String value) {
        return new TimeExpression(TimeKind.DATE, value, start, end, "t", "rule-" + value);
    }

    @Test
    void keepsTheExpressionSharingMostOfTheSpan() {
        final List<TimeExpression> found = List.of(expr(0, 5, "a"), expr(4, 12, "b"), expr(20, 25, "c"));
        assertThat(TemporalEvaluation.pick(found, 6, 12).value()).isEqualTo("b");
    }

    @Test
    void onEqualOverlapPrefersTheExpressionClosestToTheSpan() {
        final List<TimeExpression> found = List.of(expr(0, 20, "wide"), expr(5, 10, "tight"));
        assertThat(TemporalEvaluation.pick(found, 5, 10).value()).isEqualTo("tight");
    }

    @Test
    void findsNothingWhenNoExpressionOverlaps() {
        assertThat(TemporalEvaluation.pick(List.of(expr(0, 5, "a")), 5, 9)).isNull();
    }

    @Test
    void writesOnePredictionPerCaseInOrderWithNullWhenNothingFound(@TempDir Path tmp) throws IOException {
        // a tagger that only knows "two weeks"
        final TimeTagger tagger = (text, lang, ref) -> {
            final int i = text.indexOf("two weeks");
            return i < 0 ? List.of() : List.of(new TimeExpression(TimeKind.DURATION, "P2W", i, i + 9, "two weeks", "en.duration.1"));
        };
        final Path out = tmp.resolve("p.jsonl");
        final Report r = new TemporalEvaluation(tagger).run(SharedCorpus.edge("temporal-gold.jsonl"), out);
        assertThat(Jsonl.read(out)).hasSize(5);
        assertThat(Jsonl.read(out).get(0).get("value").asText()).isEqualTo("P2W");
        assertThat(Jsonl.read(out).get(1).get("value").isNull()).isTrue();
        assertThat(r.scores().get("accuracy").asDouble()).isEqualTo(0.2);
        assertThat(r.errors()).hasSize(4).allMatch(l -> l.contains("got nothing"));
    }
}
