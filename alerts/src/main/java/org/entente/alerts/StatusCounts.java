package org.entente.alerts;

import java.util.Map;
import java.util.stream.Collectors;
import org.entente.alerts.http.AlertQueries;
import org.entente.alerts.http.AlertView;

/** Counts this instance's alerts by status for the gauges, reading the store at most every 10 seconds. */
final class StatusCounts {
    private static final long REFRESH_MS = 10_000;
    private final AlertQueries queries;
    private Map<String, Long> counts = Map.of();
    private long readAt;

    StatusCounts(final AlertQueries queries) {
        this.queries = queries;
    }

    synchronized double count(final String status) {
        final long now = System.currentTimeMillis();
        if (now - readAt > REFRESH_MS) {
            readAt = now;
            try {
                counts = queries.local().stream()
                        .collect(Collectors.groupingBy(AlertView::status, Collectors.counting()));
            } catch (final RuntimeException e) {
                // Store not queryable (starting, rebalancing): keep the last counts.
                return counts.getOrDefault(status, 0L);
            }
        }
        return counts.getOrDefault(status, 0L);
    }
}
