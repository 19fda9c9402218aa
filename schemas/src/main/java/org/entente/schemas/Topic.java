package org.entente.schemas;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic with everything needed to create it and to read and write it: declared once in {@link Topics}
 * and used by services, tests and topic creation alike.
 *
 * @param name          topic name
 * @param keySerde      serde for keys
 * @param valueSerde    serde for values
 * @param partitions    partition count used when the topic is created
 * @param cleanupPolicy {@code delete} or {@code compact}
 * @param config        further topic-level settings (besides {@code cleanup.policy}) applied at creation
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, int partitions, String cleanupPolicy,
                          Map<String, String> config) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
        }
        if (!TopicConfig.CLEANUP_POLICY_DELETE.equals(cleanupPolicy) && !TopicConfig.CLEANUP_POLICY_COMPACT.equals(cleanupPolicy)) {
            throw new IllegalArgumentException("cleanupPolicy must be delete or compact: " + cleanupPolicy);
        }
        config = Map.copyOf(config);
    }

    public boolean compacted() {
        return TopicConfig.CLEANUP_POLICY_COMPACT.equals(cleanupPolicy);
    }

    /** Every topic-level setting to create the topic with, cleanup.policy included. */
    public Map<String, String> topicConfig() {
        final Map<String, String> all = new LinkedHashMap<>(config);
        all.put(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy);
        return Map.copyOf(all);
    }

    /** The admin request that creates this topic. */
    public NewTopic newTopic(short replicationFactor) {
        return new NewTopic(name, partitions, replicationFactor).configs(topicConfig());
    }

    @Override
    public String toString() {
        return "Topic[" + name + ", partitions=" + partitions + ", cleanup.policy=" + cleanupPolicy + "]";
    }
}
