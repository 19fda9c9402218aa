package org.entente.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Number handling shared by the scorers, matching Python's {@code round()} and {@code statistics.mean()}. */
public final class Figures {

    private Figures() {}

    /** Python's {@code round(x, 4)}: half-even on the exact binary value. */
    public static double round4(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's {@code statistics.mean()} of floats: an exact sum, divided once. NaN when empty. */
    public static double mean(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : values) {
            sum = sum.add(new BigDecimal(v));
        }
        return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128).doubleValue();
    }

    /**
     * Every number in a scores object, keyed by its dotted path ({@code entities.f1}, {@code by_lang.ar.alerts.f1}).
     * Nulls are kept as NaN so that a guard can tell "not measured" from zero.
     */
    public static Map<String, Double> flatten(JsonNode scores) {
        final Map<String, Double> out = new TreeMap<>();
        flatten("", scores, out);
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, Double> out) {
        if (node.isObject()) {
            final Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                final Map.Entry<String, JsonNode> f = fields.next();
                flatten(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), out);
            }
        } else if (node.isNumber()) {
            out.put(path, node.asDouble());
        } else if (node.isNull()) {
            out.put(path, Double.NaN);
        }
    }
}
