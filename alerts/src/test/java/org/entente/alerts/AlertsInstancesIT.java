package org.entente.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.alerts.Fixtures.article;
import static org.entente.alerts.Fixtures.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.alerts.model.AlertKey;
import org.entente.alerts.streams.AlertGroupPartitioner;
import org.entente.runtime.ServiceRunner;
import org.entente.schemas.Topics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two instances of the alerts service share the alerts; each answers for all of them (interactive queries). */
@Tag("integration")
class AlertsInstancesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Set<String> ids(final AlertsHarness h, final ServiceRunner instance, final String query)
            throws Exception {
        final var response = h.get(instance, "/alerts" + query);
        final Set<String> ids = new HashSet<>();
        if (response.statusCode() == 200) {
            for (final JsonNode a : JSON.readTree(response.body())) {
                ids.add(a.path("id").asText());
            }
        }
        return ids;
    }

    @Test
    void eachInstanceAnswersForEveryAlertWhereverItsPartitionLives() throws Exception {
        try (AlertsHarness h = new AlertsHarness()) {
            final ServiceRunner a = h.primary();
            final ServiceRunner b = h.startInstance("b");

            // Places whose groups fall on every partition, so that both instances must hold some.
            final List<String> ids = new ArrayList<>();
            final Set<Integer> partitions = new HashSet<>();
            for (int i = 1; partitions.size() < Topics.DEFAULT_PARTITIONS || ids.size() < 6; i++) {
                final String id = AlertKey.of(statement("CEASEFIRE_START", "2020-01-01", "Town " + i).build())
                        .orElseThrow().id();
                partitions.add(AlertGroupPartitioner.partitionOf(id, Topics.DEFAULT_PARTITIONS));
                ids.add(id);
                h.produce(article("town-" + i, "Outlet " + i, "en", "2020-01-01T06:00:00Z",
                        statement("CEASEFIRE_START", "2020-01-01", "Town " + i)));
            }

            final long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            Set<String> localA = Set.of();
            Set<String> localB = Set.of();
            while (System.nanoTime() < deadline) {
                h.awaitRunning();
                localA = ids(h, a, "?scope=local");
                localB = ids(h, b, "?scope=local");
                final Set<String> union = new HashSet<>(localA);
                union.addAll(localB);
                if (union.containsAll(ids) && !localA.isEmpty() && !localB.isEmpty()) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(localA).as("alerts held by instance a").isNotEmpty();
            assertThat(localB).as("alerts held by instance b").isNotEmpty();
            assertThat(localA).doesNotContainAnyElementsOf(localB);

            assertThat(ids(h, a, "")).containsAll(ids);
            assertThat(ids(h, b, "")).containsAll(ids);
            for (final String id : ids) {
                for (final ServiceRunner instance : List.of(a, b)) {
                    final var one = h.get(instance, "/alerts/" + id);
                    assertThat(one.statusCode()).as(id + " from port " + instance.httpPort()).isEqualTo(200);
                    assertThat(JSON.readTree(one.body()).path("id").asText()).isEqualTo(id);
                }
            }
        }
    }
}
