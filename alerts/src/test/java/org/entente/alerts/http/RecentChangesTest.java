package org.entente.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecentChangesTest {

    private static List<String> drain(final RecentChanges.Subscription s) {
        final List<RecentChanges.Change> out = new ArrayList<>();
        s.queue().drainTo(out);
        return out.stream().map(RecentChanges.Change::eventId).toList();
    }

    @Test
    void anSseIdIsThePositionAfterTheChangeInEveryPartition() {
        final RecentChanges log = new RecentChanges(100);
        log.startAt(Map.of(0, 0L, 1, 0L));
        assertThat(log.append(0, 0, "a:1", "{}").position()).isEqualTo("0:1,1:0");
        assertThat(log.append(1, 5, "b:1", "{}").position()).isEqualTo("0:1,1:6");
        assertThat(log.append(0, 3, "a:2", "{}").position()).isEqualTo("0:4,1:6");
    }

    @Test
    void aClientResumingWithLastEventIdGetsEveryLaterChangeThenLiveOnes() {
        final RecentChanges log = new RecentChanges(100);
        log.startAt(Map.of(0, 0L, 1, 0L));
        log.append(0, 0, "a:1", "{}");
        final String seen = log.append(1, 0, "b:1", "{}").position();
        log.append(1, 1, "b:2", "{}");
        log.append(0, 1, "a:2", "{}");

        final RecentChanges.Subscription s = log.subscribe(seen);
        assertThat(s.gap()).isFalse();
        assertThat(drain(s)).containsExactly("b:2", "a:2");
        log.append(0, 2, "a:3", "{}");
        assertThat(drain(s)).containsExactly("a:3");
    }

    @Test
    void aNewClientWithoutLastEventIdGetsOnlyLiveChanges() {
        final RecentChanges log = new RecentChanges(100);
        log.append(0, 0, "a:1", "{}");
        final RecentChanges.Subscription s = log.subscribe(null);
        assertThat(drain(s)).isEmpty();
        log.append(0, 1, "a:2", "{}");
        assertThat(drain(s)).containsExactly("a:2");
    }

    @Test
    void aClientOlderThanTheLogIsToldToReload() {
        final RecentChanges log = new RecentChanges(2);
        log.startAt(Map.of(0, 0L));
        final String first = log.append(0, 0, "a:1", "{}").position();
        log.append(0, 1, "a:2", "{}");
        log.append(0, 2, "a:3", "{}");
        log.append(0, 3, "a:4", "{}");
        assertThat(log.snapshot()).hasSize(2);

        final RecentChanges.Subscription late = log.subscribe(first);
        assertThat(late.gap()).isTrue();
        assertThat(drain(late)).containsExactly("a:3", "a:4");

        final String third = "0:3";
        final RecentChanges.Subscription recent = log.subscribe(third);
        assertThat(recent.gap()).isFalse();
        assertThat(drain(recent)).containsExactly("a:4");
    }

    @Test
    void aClientPositionedBeforeWhereReadingStartedIsToldToReload() {
        final RecentChanges log = new RecentChanges(100);
        log.startAt(Map.of(0, 40L));
        log.append(0, 40, "a:9", "{}");
        assertThat(log.subscribe("0:12").gap()).isTrue();
        assertThat(log.subscribe("0:40").gap()).isFalse();
    }

    @Test
    void foreignIdsAreTreatedAsNoPosition() {
        assertThat(RecentChanges.decode("ceasefire_start:syria:2016-09-12:3")).isNull();
        assertThat(RecentChanges.decode("")).isNull();
        assertThat(RecentChanges.decode("0:5,2:7")).containsExactly(Map.entry(0, 5L), Map.entry(2, 7L));
    }

    @Test
    void unsubscribedClientsGetNothingMore() {
        final RecentChanges log = new RecentChanges(10);
        final RecentChanges.Subscription s = log.subscribe(null);
        log.unsubscribe(s);
        log.append(0, 0, "a:1", "{}");
        assertThat(drain(s)).isEmpty();
        assertThat(log.subscriberCount()).isZero();
    }
}
