package org.entente.runtime;

import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Kafka in a Docker container through Testcontainers, for running the integration tests against a broker
 * built like production's ({@code -Dentente.test.kafka=testcontainers}). Testcontainers is a test-time
 * dependency only: the CLI jar does not carry it, and without a Docker engine it fails with Testcontainers' own
 * "Could not find a valid Docker environment".
 */
public final class ContainerKafka implements KafkaBroker {

    /** The image docker-compose.yml runs; override with -Dentente.test.kafka.image=... */
    public static final String IMAGE = System.getProperty("entente.test.kafka.image", "apache/kafka:4.4.0");

    private final org.testcontainers.kafka.KafkaContainer container;

    private ContainerKafka(final org.testcontainers.kafka.KafkaContainer container) {
        this.container = container;
    }

    public static ContainerKafka start() {
        final org.testcontainers.kafka.KafkaContainer container = new org.testcontainers.kafka.KafkaContainer(IMAGE)
                .withEnv("KAFKA_GROUP_STREAMS_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1");
        container.start();
        return new ContainerKafka(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    @Override
    public void close() {
        container.stop();
    }
}
