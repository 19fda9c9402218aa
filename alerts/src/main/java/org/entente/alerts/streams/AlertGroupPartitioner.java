package org.entente.alerts.streams;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.entente.alerts.model.AlertKey;
import org.entente.schemas.avro.Alert;

/**
 * Partitions alert ids by their (type, place) group, so that the task owning an alert also owns every alert of the
 * same type and place and can link a report with another date as a revision. Interactive queries locate an alert
 * with this same partitioner.
 */
public final class AlertGroupPartitioner implements StreamPartitioner<String, Alert> {

    @Override
    public Optional<Set<Integer>> partitions(final String topic, final String alertId, final Alert value,
                                             final Headers headers, final int numPartitions) {
        return Optional.of(Set.of(partitionOf(alertId, numPartitions)));
    }

    /** Still abstract in Kafka 4.4, deprecated in favour of the method with headers. */
    @Override
    @Deprecated
    @SuppressWarnings("removal")
    public Optional<Set<Integer>> partitions(final String topic, final String alertId, final Alert value,
                                             final int numPartitions) {
        return Optional.of(Set.of(partitionOf(alertId, numPartitions)));
    }

    public static int partitionOf(final String alertId, final int numPartitions) {
        final byte[] group = AlertKey.groupOf(alertId).getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(group)) % numPartitions;
    }
}
