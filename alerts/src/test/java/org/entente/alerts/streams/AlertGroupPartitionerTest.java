package org.entente.alerts.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AlertGroupPartitionerTest {

    @Test
    void alertsOfOneTypeAndPlaceShareAPartitionWhateverTheirDate() {
        final int p = AlertGroupPartitioner.partitionOf("ceasefire_start:syria:2016-09-12", 3);
        IntStream.rangeClosed(1, 28).forEach(day -> assertThat(AlertGroupPartitioner.partitionOf(
                "ceasefire_start:syria:2016-09-%02d".formatted(day), 3)).isEqualTo(p));
        assertThat(AlertGroupPartitioner.partitionOf("resolution_adopted:-:2015-12-18:2254", 7))
                .isEqualTo(AlertGroupPartitioner.partitionOf("resolution_adopted:-:2016-01-01:2255", 7));
    }

    @Test
    void groupsSpreadOverPartitions() {
        final long used = IntStream.range(0, 50)
                .map(i -> AlertGroupPartitioner.partitionOf("ceasefire_start:place" + i + ":2016-09-12", 3))
                .distinct().count();
        assertThat(used).isEqualTo(3);
    }
}
