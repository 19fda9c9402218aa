package org.entente.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.entente.enrich.model.TimeExpression;
import org.entente.enrich.time.RuleTimeTagger;
import org.entente.enrich.time.TimeTagger;

/**
 * Runs the time tagger on every sentence of a temporal corpus, resolving against {@code ref}, and keeps the
 * expression that overlaps {@code span} (spec/extraction.md section 5). Among several overlapping expressions it
 * keeps the one sharing most characters with the span, then the one whose extent is closest to the span's
 * (fewest characters outside it), then the earliest; none overlapping gives value null.
 */
public final class TemporalEvaluation {

    private final TimeTagger tagger;

    public TemporalEvaluation(TimeTagger tagger) {
        this.tagger = tagger;
    }

    /** With the tagger the enrich library uses, {@link RuleTimeTagger}. */
    public static TemporalEvaluation withPipelineTagger() {
        return new TemporalEvaluation(RuleTimeTagger.load());
    }

    public Report run(Path corpus, Path out) throws IOException {
        final List<JsonNode> gold = Jsonl.read(corpus);
        final List<ObjectNode> predictions = new ArrayList<>();
        final List<TimeExpression> chosen = new ArrayList<>();
        for (JsonNode g : gold) {
            final String text = g.get("text").asText();
            final String span = g.get("span").asText();
            final ZonedDateTime ref = OffsetDateTime.parse(g.get("ref").asText()).toZonedDateTime();
            final int start = Math.max(0, text.indexOf(span));
            final TimeExpression best = pick(tagger.tag(text, g.get("lang").asText(), ref), start, start + span.length());
            chosen.add(best);
            final ObjectNode p = JsonNodeFactory.instance.objectNode();
            p.put("span", span);
            p.put("value", best == null ? null : best.value());
            p.put("kind", best == null || best.kind() == null ? null : best.kind().name());
            predictions.add(p);
        }
        if (out != null) {
            Jsonl.write(out, predictions);
        }
        final TemporalScorer.Result result = TemporalScorer.score(gold, new ArrayList<>(predictions));
        final List<String> errors = new ArrayList<>();
        for (TemporalScorer.Miss m : result.misses()) {
            final TimeExpression e = chosen.get(m.line() - 1);
            errors.add(String.join("\t", "line " + m.line(), m.gold().get("lang").asText(), m.gold().get("kind").asText(),
                    "span \"" + m.gold().get("span").asText() + "\"", "ref " + m.gold().get("ref").asText(),
                    "gold " + m.gold().get("value").asText(),
                    e == null ? "got nothing" : "got " + e.value() + " from \"" + e.text() + "\" rule " + e.rule()));
        }
        return new Report(CorpusKind.TEMPORAL, result.scores(), table(result.scores()), errors);
    }

    static TimeExpression pick(List<TimeExpression> found, int spanStart, int spanEnd) {
        return found.stream()
                .filter(e -> overlap(e, spanStart, spanEnd) > 0)
                .min(Comparator.<TimeExpression>comparingInt(e -> -overlap(e, spanStart, spanEnd))
                        .thenComparingInt(e -> (e.end() - e.start()) - overlap(e, spanStart, spanEnd))
                        .thenComparingInt(TimeExpression::start))
                .orElse(null);
    }

    private static int overlap(TimeExpression e, int start, int end) {
        return Math.min(e.end(), end) - Math.max(e.start(), start);
    }

    static String table(ObjectNode scores) {
        final StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%-16s %5s %8s%n", "scope", "cases", "accuracy"));
        line(t, "all", scores);
        scores.get("by_lang").fields().forEachRemaining(f -> line(t, "lang:" + f.getKey(), f.getValue()));
        scores.get("by_kind").fields().forEachRemaining(f -> line(t, "kind:" + f.getKey(), f.getValue()));
        return t.toString();
    }

    private static void line(StringBuilder t, String scope, JsonNode s) {
        t.append(String.format(Locale.ROOT, "%-16s %5d %8.3f%n", scope, s.get("cases").asInt(), s.get("accuracy").asDouble()));
    }
}
