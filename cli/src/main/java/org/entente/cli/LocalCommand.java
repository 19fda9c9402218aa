package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.runtime.ConfigKeys;
import org.entente.runtime.EntenteConfig;
import org.entente.runtime.LocalCluster;
import org.entente.runtime.LocalPipeline;
import org.entente.runtime.ServiceDefinition;
import org.entente.runtime.ServiceDefinitions;
import org.entente.runtime.ServiceRunner;
import org.entente.runtime.ShutdownSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code entente local}: an embedded Kafka broker, the local Schema Registry, every topic of design.md and every
 * service on the class path, in this JVM, until Ctrl-C. The data directory keeps the broker's log, the schemas
 * and the services' state, so a second run resumes where the first stopped.
 */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = "Run Kafka, the Schema Registry and every service in one JVM until Ctrl-C.")
public final class LocalCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: ./.entente); reused across runs.")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file; environment variables override it.")
    Path configFile;

    @Option(names = "--kafka-port", paramLabel = "PORT", description = "Broker port (default 9092; 0 = any free port).")
    Integer kafkaPort;

    @Option(names = "--registry-port", paramLabel = "PORT", description = "Registry port (default 8081; 0 = any free port).")
    Integer registryPort;

    @Option(names = "--no-services", description = "Start only the broker and the registry.")
    boolean noServices;

    @Override
    public Integer call() throws Exception {
        final ShutdownSignal signal = ShutdownSignal.install();
        final EntenteConfig config = EntenteConfig.load(configFile);
        try (Local local = Local.start(config, dataDir, kafkaPort, registryPort, !noServices, System.out)) {
            System.out.println("Ctrl-C to stop.");
            signal.await();
            System.out.println("Stopping ...");
        }
        return 0;
    }

    /** A running local cluster and pipeline, as {@code local} and {@code demo} start them. */
    public record Local(LocalCluster cluster, LocalPipeline pipeline) implements AutoCloseable {

        public static Local start(final EntenteConfig config, final Path dataDir, final Integer kafkaPort,
                           final Integer registryPort, final boolean services, final PrintStream out) {
            final long began = System.nanoTime();
            final Path dir = dataDir != null ? dataDir : Path.of(config.get(ConfigKeys.DATA_DIR));
            final int kPort = kafkaPort != null ? kafkaPort : config.get(ConfigKeys.KAFKA_PORT);
            final int rPort = registryPort != null ? registryPort : config.get(ConfigKeys.REGISTRY_PORT);
            out.printf("Starting Kafka (port %s) and the Schema Registry (port %s), data in %s ...%n",
                    kPort == 0 ? "any" : kPort, rPort == 0 ? "any" : rPort, dir.toAbsolutePath().normalize());
            final LocalCluster cluster = LocalCluster.start(dir, kPort, rPort);
            out.printf("Kafka bootstrap:   %s%n", cluster.bootstrapServers());
            out.printf("Schema Registry:   %s%n", cluster.registryUrl());
            out.printf("Broker, registry and topics ready in %.1f s%n", (System.nanoTime() - began) / 1e9);
            final List<ServiceDefinition> found = services ? ServiceDefinitions.discover() : List.of();
            if (!found.isEmpty()) {
                out.printf("Starting services: %s ...%n", found.stream().map(ServiceDefinition::name).toList());
            }
            final LocalPipeline pipeline;
            try {
                pipeline = LocalPipeline.start(cluster, config, found);
            } catch (RuntimeException e) {
                cluster.close();
                throw e;
            }
            for (final ServiceRunner runner : pipeline.runners()) {
                out.printf("%-18s http://localhost:%d  (/health/ready, /metrics)%n", runner.name() + ":", runner.httpPort());
            }
            return new Local(cluster, pipeline);
        }

        @Override
        public void close() {
            pipeline.close();
            cluster.close();
        }
    }
}
