package org.entente.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores temporal predictions (one per gold line, in order) by exact match of {@code value}, overall, per language
 * and per kind, exactly as {@code ../shared/tools/score_temporal.py} does: {@code PnW} equals {@code P(7n)D}, and a
 * null value matches only a null gold value.
 */
public final class TemporalScorer {

    private static final Pattern WEEKS = Pattern.compile("P(\\p{Nd}+)W");

    /** A case whose prediction did not match: its 1-based line, the gold record and the prediction. */
    public record Miss(int line, JsonNode gold, JsonNode predicted) {}

    public record Result(ObjectNode scores, List<Miss> misses) {}

    private TemporalScorer() {}

    public static Result score(List<JsonNode> gold, List<JsonNode> pred) {
        if (gold.size() != pred.size()) {
            throw new IllegalArgumentException(gold.size() + " gold cases but " + pred.size()
                    + " predictions: one prediction line per gold line, in order");
        }
        final Map<String, long[]> counts = new TreeMap<>(); // scope -> {cases, hits}
        final List<Miss> misses = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            final JsonNode g = gold.get(i);
            final JsonNode p = pred.get(i);
            final boolean hit = canon(Py.str(p.get("value"))).equals(canon(Py.str(g.get("value"))));
            for (String scope : new String[] {"all", "lang:" + Py.str(g.get("lang")), "kind:" + Py.str(g.get("kind"))}) {
                final long[] c = counts.computeIfAbsent(scope, k -> new long[2]);
                c[0]++;
                c[1] += hit ? 1 : 0;
            }
            if (!hit) {
                misses.add(new Miss(i + 1, g, p));
            }
        }
        final ObjectNode result = JsonNodeFactory.instance.objectNode();
        final long[] all = counts.getOrDefault("all", new long[2]);
        result.put("cases", all[0]);
        putAccuracy(result, all);
        final ObjectNode byLang = result.putObject("by_lang");
        final ObjectNode byKind = result.putObject("by_kind");
        counts.forEach((scope, c) -> {
            final ObjectNode target = scope.startsWith("lang:") ? byLang : scope.startsWith("kind:") ? byKind : null;
            if (target != null) {
                final ObjectNode node = target.putObject(scope.substring(5));
                node.put("cases", c[0]);
                putAccuracy(node, c);
            }
        });
        return new Result(result, misses);
    }

    /** Durations in weeks are compared as days ({@code P2W} = {@code P14D}). */
    static String canon(String value) {
        final Matcher m = WEEKS.matcher(value);
        if (!m.matches()) {
            return value;
        }
        final StringBuilder digits = new StringBuilder();
        m.group(1).codePoints().forEach(cp -> digits.append(Character.digit(cp, 10)));
        return "P" + new BigInteger(digits.toString()).multiply(BigInteger.valueOf(7)) + "D";
    }

    private static void putAccuracy(ObjectNode node, long[] c) {
        if (c[0] > 0) {
            node.put("accuracy", Figures.round4((double) c[1] / c[0]));
        } else {
            node.putNull("accuracy");
        }
    }
}
