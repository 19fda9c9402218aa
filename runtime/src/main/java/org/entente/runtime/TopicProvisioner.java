package org.entente.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.entente.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates topics that do not exist yet, then waits until every partition answers {@code ListOffsets}.
 *
 * <p>Why wait: on Kafka 4.4.0 an idempotent producer that sends before a new topic's partitions exist
 * on the broker can stall and lose records (KAFKA-15591, KAFKA-14359; design.md). Nobody produces to a
 * topic before {@link #ensure} returns.
 */
public final class TopicProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

    private final Admin admin;
    private final Duration timeout;

    public TopicProvisioner(final Admin admin, final Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /** Every topic of {@link Topics#all()} with the configured replication factor (-1: the broker's default). */
    public static List<NewTopic> requests(final Topics topics, final EntenteConfig config) {
        final short replication = config.get(ConfigKeys.REPLICATION_FACTOR).shortValue();
        return topics.all().stream().map(t -> t.newTopic(replication)).toList();
    }

    /** Creates the missing topics among {@code topics} and returns once all their partitions are readable. */
    public void ensure(final Collection<NewTopic> topics) {
        if (topics.isEmpty()) {
            return;
        }
        final long deadline = System.nanoTime() + timeout.toNanos();
        try {
            final Set<String> existing = admin.listTopics().names().get(remainingMs(deadline), TimeUnit.MILLISECONDS);
            final List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                create(missing, deadline);
                LOG.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
            }
            awaitReadable(topics.stream().map(NewTopic::name).collect(Collectors.toCollection(ArrayList::new)), deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + names(topics) + ": " + e.getMessage(), e);
        }
    }

    private void create(final List<NewTopic> missing, final long deadline)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        final var result = admin.createTopics(missing).values();
        for (final var entry : result.entrySet()) {
            try {
                entry.getValue().get(remainingMs(deadline), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                // Another process (a second service, a racing CLI) created it first: that is fine.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    private void awaitReadable(final List<String> names, final long deadline) throws InterruptedException {
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                final Map<String, TopicDescription> descriptions =
                        admin.describeTopics(names).allTopicNames().get(remainingMs(deadline), TimeUnit.MILLISECONDS);
                final Map<TopicPartition, OffsetSpec> request = new HashMap<>();
                descriptions.values().forEach(d -> d.partitions().forEach(
                        p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
                admin.listOffsets(request).all().get(remainingMs(deadline), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("partitions of " + names + " not readable within " + timeout
                + (last == null ? "" : ": " + last.getMessage()), last);
    }

    private static long remainingMs(final long deadline) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }

    private static List<String> names(final Collection<NewTopic> topics) {
        return topics.stream().map(NewTopic::name).toList();
    }
}
