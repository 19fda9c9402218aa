package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.entente.runtime.EntenteConfig;
import org.entente.runtime.ServiceDefinition;
import org.entente.runtime.ServiceDefinitions;
import org.entente.runtime.ServiceRunner;
import org.entente.runtime.ShutdownSignal;
import org.entente.runtime.TopicProvisioner;
import org.entente.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code entente <service> [--config FILE]}: runs one service against any Kafka cluster and Schema Registry
 * until SIGTERM or Ctrl-C, then closes it and exits 0. One such command exists per {@link ServiceDefinition}
 * on the class path; this is what docker-compose runs.
 */
@Command(mixinStandardHelpOptions = true)
public final class ServiceCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceCommand.class);

    private final ServiceDefinition service;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file (see docs/configuration.md); environment variables override it.")
    Path configFile;

    @Option(names = "--no-create-topics", description = "Do not create missing topics (they are made at deploy time).")
    boolean noCreateTopics;

    ServiceCommand(final ServiceDefinition service) {
        this.service = service;
    }

    /** Adds one subcommand per discovered service to {@code entente}. */
    static void addTo(final CommandLine entente) {
        for (final ServiceDefinition service : ServiceDefinitions.discover()) {
            final CommandLine sub = new CommandLine(new ServiceCommand(service));
            final CommandSpec spec = sub.getCommandSpec();
            spec.usageMessage().description("Run the " + service.name() + " service against a Kafka cluster "
                    + "(KAFKA_BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL) until SIGTERM.");
            entente.addSubcommand(service.name(), sub);
        }
    }

    @Override
    public Integer call() throws Exception {
        final ShutdownSignal signal = ShutdownSignal.install();
        final EntenteConfig config = EntenteConfig.load(configFile);
        LOG.info("{}: starting against {}", service.name(), config);
        final Topics topics = Topics.create(config.serdeConfig());
        if (!noCreateTopics) {
            try (Admin admin = Admin.create(Clients.admin(config))) {
                new TopicProvisioner(admin, Duration.ofSeconds(60)).ensure(TopicProvisioner.requests(topics, config));
            }
        }
        try (ServiceRunner runner = new ServiceRunner(service, topics, config).start()) {
            signal.await();
        }
        return 0;
    }
}
