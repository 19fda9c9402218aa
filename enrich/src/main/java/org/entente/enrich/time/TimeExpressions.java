package org.entente.enrich.time;

import java.util.List;
import org.entente.enrich.model.TimeExpression;

/** Helpers over tagged expressions. */
public final class TimeExpressions {
    private TimeExpressions() {}

    /**
     * The expression that best covers {@code [start, end)}: the largest overlap, then the shortest expression
     * (a date inside a time expression answers for the date alone). Null when none overlaps. This is how the
     * temporal corpus is scored ("the expression found overlapping span").
     */
    public static TimeExpression bestOverlap(List<TimeExpression> found, int start, int end) {
        TimeExpression best = null;
        int bestOverlap = 0;
        for (TimeExpression e : found) {
            int overlap = Math.min(end, e.end()) - Math.max(start, e.start());
            if (overlap <= 0) {
                continue;
            }
            if (best == null || overlap > bestOverlap
                    || (overlap == bestOverlap && e.end() - e.start() < best.end() - best.start())) {
                best = e;
                bestOverlap = overlap;
            }
        }
        return best;
    }
}
