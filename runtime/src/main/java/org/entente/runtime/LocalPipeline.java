package org.entente.runtime;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every service found on the class path, running in this JVM against a {@link LocalCluster}, started in
 * {@link ServiceDefinition#order()} and closed in reverse.
 */
public final class LocalPipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPipeline.class);

    private final List<ServiceRunner> runners;

    private LocalPipeline(final List<ServiceRunner> runners) {
        this.runners = runners;
    }

    public static LocalPipeline start(final LocalCluster cluster, final EntenteConfig base,
                                      final List<ServiceDefinition> services) {
        final EntenteConfig config = cluster.configFor(base);
        final List<ServiceRunner> started = new ArrayList<>();
        try {
            for (final ServiceDefinition service : services) {
                started.add(new ServiceRunner(service, cluster.topics(), config).start());
            }
        } catch (RuntimeException e) {
            new LocalPipeline(started).close();
            throw e;
        }
        if (services.isEmpty()) {
            LOG.info("No services on the class path: only the broker and registry run");
        }
        return new LocalPipeline(List.copyOf(started));
    }

    public List<ServiceRunner> runners() {
        return runners;
    }

    /** True once every service is RUNNING. */
    public boolean allRunning() {
        return runners.stream().allMatch(r -> r.state() == KafkaStreams.State.RUNNING);
    }

    @Override
    public void close() {
        for (int i = runners.size() - 1; i >= 0; i--) {
            try {
                runners.get(i).close();
            } catch (RuntimeException e) {
                LOG.warn("{}: close failed: {}", runners.get(i).name(), e.toString());
            }
        }
    }
}
