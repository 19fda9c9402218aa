package org.entente.runtime;

import java.util.List;
import org.apache.kafka.streams.Topology;
import org.entente.schemas.Topics;

/**
 * One stream-processing service of the pipeline (ingest, enrich, alerts). The shared {@link ServiceRunner} owns
 * everything around the topology: config, exactly-once Streams, the dead-letter topic, health, metrics,
 * shutdown. Implementations are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.entente.runtime.ServiceDefinition}.
 *
 * <p>Metrics convention: processors record pipeline metrics (pages in, articles out, statements by type…) on
 * Micrometer's global registry, {@link io.micrometer.core.instrument.Metrics#globalRegistry} (e.g.
 * {@code Metrics.counter("entente.articles.out")}); the runner adds its Prometheus registry to the global one,
 * so they appear on the service's {@code /metrics}. In unit tests nothing is registered and they cost nothing.
 *
 * <p>Lifecycle: {@link #buildTopology} → {@code new KafkaStreams} → {@link #onStart} (HTTP not yet listening,
 * Streams not yet started: add routes and meters here) → Streams and HTTP start.
 */
public interface ServiceDefinition {

    /** {@code ingest}, {@code enrich} or {@code alerts}: the application.id suffix, the DLQ {@code <name>.dlq}, the CLI command. */
    String name();

    /** Start order in local mode: lower starts first (follow the data flow). */
    int order();

    /** The service's processing as a pure function: builds and returns a topology, starts nothing. */
    Topology buildTopology(Topics topics, EntenteConfig config);

    /** Called once before start: add HTTP routes (e.g. {@code context.routes().get(...)}) and meters. */
    default void onStart(final ServiceContext context) {
    }

    /** The service's own settings, so docs/configuration.md can be checked against them. */
    default List<ConfigKey<?>> configKeys() {
        return List.of();
    }
}
