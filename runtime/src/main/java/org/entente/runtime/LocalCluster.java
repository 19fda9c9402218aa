package org.entente.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.entente.runtime.registry.LocalSchemaRegistry;
import org.entente.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Kafka broker plus the local Schema Registry, with every topic of design.md created and readable:
 * what {@code entente local}, {@code entente demo} and integration tests stand on. Everything lives under one
 * data directory, so a second start on it resumes.
 */
public final class LocalCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalCluster.class);

    private final Path dataDir;
    private final KafkaBroker kafka;
    private final LocalSchemaRegistry registry;
    private final Topics topics;

    private LocalCluster(final Path dataDir, final KafkaBroker kafka, final LocalSchemaRegistry registry,
                         final Topics topics) {
        this.dataDir = dataDir;
        this.kafka = kafka;
        this.registry = registry;
        this.topics = topics;
    }

    /** Starts broker and registry on {@code dataDir} (ports: 0 = any free port) and creates the pipeline's topics. */
    public static LocalCluster start(final Path dataDir, final int kafkaPort, final int registryPort) {
        return start(dataDir, EmbeddedKafka.start(dataDir, kafkaPort), registryPort);
    }

    private static LocalCluster start(final Path dataDir, final KafkaBroker kafka, final int registryPort) {
        final long began = System.nanoTime();
        LocalSchemaRegistry registry = null;
        try {
            registry = LocalSchemaRegistry.start(kafka.bootstrapServers(), registryPort);
            final EntenteConfig config = baseConfig(kafka, registry, dataDir);
            final Topics topics = Topics.create(config.serdeConfig());
            try (Admin admin = kafka.admin()) {
                new TopicProvisioner(admin, Duration.ofSeconds(60)).ensure(TopicProvisioner.requests(topics, config));
            }
            LOG.info("Local cluster ready in {} ms: Kafka {}, Schema Registry {}",
                    (System.nanoTime() - began) / 1_000_000, kafka.bootstrapServers(), registry.url());
            return new LocalCluster(dataDir, kafka, registry, topics);
        } catch (RuntimeException e) {
            if (registry != null) {
                registry.close();
            }
            kafka.close();
            throw e;
        }
    }

    /**
     * A throw-away cluster on a temporary directory and free ports: for tests. The broker is the embedded one,
     * or Testcontainers' Kafka when {@link KafkaBroker#testcontainersRequested()} (needs a Docker engine).
     */
    public static LocalCluster startTemporary() {
        try {
            final Path dir = Files.createTempDirectory("entente-local-");
            return KafkaBroker.testcontainersRequested()
                    ? start(dir, ContainerKafka.start(), 0)
                    : start(dir, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EntenteConfig baseConfig(final KafkaBroker kafka, final LocalSchemaRegistry registry,
                                            final Path dataDir) {
        return pin(EntenteConfig.of(Map.of(), Map.of()), kafka.bootstrapServers(), registry.url(), dataDir);
    }

    private static EntenteConfig pin(final EntenteConfig base, final String bootstrap, final String registryUrl,
                                     final Path dataDir) {
        return base.overriding(ConfigKeys.BOOTSTRAP_SERVERS, bootstrap)
                .overriding(ConfigKeys.SCHEMA_REGISTRY_URL, registryUrl)
                .overriding(ConfigKeys.REPLICATION_FACTOR, 1)
                .overriding(ConfigKeys.STATE_DIR, dataDir.resolve("state").toAbsolutePath());
    }

    /**
     * {@code base} pinned to this cluster: its broker, its registry, replication factor 1 and state under the
     * data directory, whatever the environment says.
     */
    public EntenteConfig configFor(final EntenteConfig base) {
        return pin(base, kafka.bootstrapServers(), registry.url(), dataDir);
    }

    /** A config with defaults only, pinned to this cluster. */
    public EntenteConfig config() {
        return configFor(EntenteConfig.of(Map.of(), Map.of()));
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String registryUrl() {
        return registry.url();
    }

    public Topics topics() {
        return topics;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        registry.close();
        kafka.close();
    }
}
