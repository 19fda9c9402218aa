package org.entente.runtime;

import org.apache.kafka.clients.admin.Admin;

/**
 * A Kafka broker that local runs and integration tests stand on: {@link EmbeddedKafka} in this JVM (the default,
 * and the only one that needs nothing installed), or {@link ContainerKafka} in Docker where an engine exists.
 */
public interface KafkaBroker extends AutoCloseable {

    /** Selects the broker for integration tests: {@code -Dentente.test.kafka=testcontainers} (or the environment
     * variable {@code ENTENTE_TEST_KAFKA}) runs them on Testcontainers' Kafka; anything else on the embedded one. */
    String SWITCH = "entente.test.kafka";

    /** The address clients use. */
    String bootstrapServers();

    /** A new admin client for this broker; the caller closes it. */
    Admin admin();

    @Override
    void close();

    /** True when the switch asks for Testcontainers. */
    static boolean testcontainersRequested() {
        final String value = System.getProperty(SWITCH, System.getenv().getOrDefault("ENTENTE_TEST_KAFKA", ""));
        return "testcontainers".equalsIgnoreCase(value.trim());
    }
}
