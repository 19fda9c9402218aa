package org.entente.alerts.http;

import io.micrometer.core.instrument.Metrics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.entente.alerts.streams.CloudEventHeaders;
import org.entente.schemas.Topic;
import org.entente.schemas.avro.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code alerts.events} (committed transactions only, every partition, no consumer group) into
 * {@link RecentChanges}. It starts {@code capacity / partitions} records before the end of each partition, so
 * clients can resume across a restart of this instance.
 */
public final class ChangeFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private final Topic<String, Alert> events;
    private final Map<String, Object> clientSettings;
    private final RecentChanges changes;
    private final Thread thread;
    private volatile KafkaConsumer<String, Alert> consumer;
    private volatile boolean closed;

    /** @param clientSettings Kafka client settings (bootstrap.servers, security) */
    public ChangeFeed(final Topic<String, Alert> events, final Map<String, ?> clientSettings,
                      final RecentChanges changes) {
        this.events = events;
        this.clientSettings = new HashMap<>(clientSettings);
        this.changes = changes;
        this.thread = new Thread(this::run, "alerts-change-feed");
        thread.setDaemon(true);
    }

    public ChangeFeed start() {
        thread.start();
        return this;
    }

    private void run() {
        final Properties props = new Properties();
        props.putAll(clientSettings);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "entente-alerts-change-feed");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<String, Alert> c = new KafkaConsumer<>(props, new StringDeserializer(),
                events.valueSerde().deserializer())) {
            consumer = c;
            if (closed) {
                return;
            }
            final List<TopicPartition> partitions = awaitPartitions(c);
            c.assign(partitions);
            final Map<TopicPartition, Long> end = c.endOffsets(partitions);
            final Map<TopicPartition, Long> begin = c.beginningOffsets(partitions);
            final long perPartition = Math.max(1, changes.capacity() / partitions.size());
            final Map<Integer, Long> start = new HashMap<>();
            for (final TopicPartition tp : partitions) {
                final long from = Math.max(begin.get(tp), end.get(tp) - perPartition);
                c.seek(tp, from);
                start.put(tp.partition(), from);
            }
            changes.startAt(start);
            LOG.info("change feed: reading {} from {}", events.name(), start);
            while (!closed) {
                poll(c);
            }
        } catch (final WakeupException e) {
            if (!closed) {
                throw e;
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (final RuntimeException e) {
            LOG.error("change feed stopped: {}", e.toString(), e);
        }
    }

    private void poll(final KafkaConsumer<String, Alert> c) {
        try {
            for (final ConsumerRecord<String, Alert> r : c.poll(Duration.ofMillis(500))) {
                if (r.value() == null) {
                    continue;
                }
                final Header ceId = r.headers().lastHeader("ce_id");
                final String eventId = ceId != null ? new String(ceId.value(), StandardCharsets.UTF_8)
                        : CloudEventHeaders.eventId(r.value());
                changes.append(r.partition(), r.offset(), eventId, Json.write(AlertView.of(r.value())));
            }
        } catch (final RecordDeserializationException e) {
            // A change we cannot read is skipped (and counted), never a reason to stop serving the others.
            LOG.warn("change feed: skipping unreadable record {}@{}: {}", e.topicPartition(), e.offset(), e.getMessage());
            Metrics.counter("entente.alerts.feed.unreadable").increment();
            c.seek(e.topicPartition(), e.offset() + 1);
        }
    }

    private List<TopicPartition> awaitPartitions(final KafkaConsumer<String, Alert> c) throws InterruptedException {
        while (!closed) {
            try {
                final List<PartitionInfo> infos = c.partitionsFor(events.name(), Duration.ofSeconds(5));
                if (infos != null && !infos.isEmpty()) {
                    return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
                }
            } catch (final org.apache.kafka.common.errors.TimeoutException e) {
                LOG.debug("change feed: {} not there yet", events.name());
            }
            Thread.sleep(1000);
        }
        throw new WakeupException();
    }

    @Override
    public void close() {
        closed = true;
        final KafkaConsumer<String, Alert> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            thread.join(5000);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
