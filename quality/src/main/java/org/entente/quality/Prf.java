package org.entente.quality;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Micro-averaged counts and the figures derived from them, with the reference scorers' conventions: nothing
 * predicted and nothing expected is perfect precision; nothing expected is perfect recall.
 */
public record Prf(long tp, long fp, long fn) {

    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf plus(Prf other) {
        return new Prf(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    public double precision() {
        return tp + fp > 0 ? (double) tp / (tp + fp) : fn == 0 ? 1.0 : 0.0;
    }

    public double recall() {
        return tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
    }

    public double f1() {
        final double p = precision();
        final double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    /** {@code {"precision", "recall", "f1", "tp", "fp", "fn"}}, figures rounded to 4 places as the reference does. */
    public ObjectNode toJson() {
        final ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("precision", Figures.round4(precision()));
        node.put("recall", Figures.round4(recall()));
        node.put("f1", Figures.round4(f1()));
        node.put("tp", tp);
        node.put("fp", fp);
        node.put("fn", fn);
        return node;
    }
}
