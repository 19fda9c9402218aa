package org.entente.cli.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.entente.runtime.errors.DeadLetters;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.EnrichedArticle;

/**
 * Follows the pipeline's output topics (committed records only) and prints one line per article parsed,
 * article enriched and dead letter, and a block per alert raised or updated. Records the time of the last
 * thing that happened, for {@code --exit-when-idle}.
 */
final class PipelineWatcher implements Runnable, AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Topics topics;
    private final PrintStream out;
    private final AtomicLong lastActivity = new AtomicLong(System.nanoTime());
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    PipelineWatcher(final String bootstrapServers, final Topics topics, final PrintStream out) {
        this.topics = topics;
        this.out = out;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        final List<String> watched = new ArrayList<>(List.of(Topics.ARTICLES, Topics.ENRICHED, Topics.ALERT_EVENTS));
        Topics.SERVICES.forEach(service -> watched.add(Topics.dlq(service)));
        final List<TopicPartition> partitions = new ArrayList<>();
        for (final String topic : watched) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.thread = new Thread(this, "demo-watcher");
        thread.setDaemon(true);
    }

    PipelineWatcher start() {
        thread.start();
        return this;
    }

    @Override
    public void run() {
        try {
            while (running) {
                for (final ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    activity();
                    try {
                        print(record);
                    } catch (RuntimeException e) {
                        out.printf("  (could not decode %s@%d: %s)%n", record.topic(), record.offset(), e.getMessage());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    private void print(final ConsumerRecord<String, byte[]> record) {
        final String topic = record.topic();
        increment(topic);
        if (topic.equals(Topics.ARTICLES)) {
            final Article a = topics.articles().valueSerde().deserializer().deserialize(topic, record.headers(), record.value());
            out.printf("article parsed    [%s] %-8s %s%n", a.getLanguage(), a.getSource(), quote(a.getTitle(), 90));
        } else if (topic.equals(Topics.ENRICHED)) {
            final EnrichedArticle e = topics.enriched().valueSerde().deserializer().deserialize(topic, record.headers(), record.value());
            out.printf("article enriched  [%s] %-8s %d entities, %d time expressions, %d statements%n",
                    e.getLanguage() != null ? e.getLanguage() : e.getArticle().getLanguage(), e.getArticle().getSource(),
                    e.getEntities().size(), e.getTimes().size(), e.getStatements().size());
        } else if (topic.equals(Topics.ALERT_EVENTS)) {
            final Alert alert = topics.alertEvents().valueSerde().deserializer().deserialize(topic, record.headers(), record.value());
            if (alert != null) {
                printAlert(alert);
            }
        } else {
            final Header reason = record.headers().lastHeader(DeadLetters.HEADER_REASON);
            out.printf("dead letter       %s: %s%n", topic,
                    reason == null ? "(no reason header)" : new String(reason.value(), StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private void printAlert(final Alert alert) {
        final StringBuilder when = new StringBuilder(alert.getDate());
        if (alert.getTime() != null) {
            when.append(' ').append(alert.getTime());
            if (alert.getOffset() != null) {
                when.append(alert.getOffset());
            }
        }
        out.printf("ALERT %-12s %s  %s  %s%n", alert.getStatus(), alert.getType(), when,
                alert.getPlace() == null ? "(place unknown)" : alert.getPlace());
        out.printf("      sources: %s   confidence: %s   version: %d%n",
                String.join(", ", alert.getSources()), alert.getConfidence(), alert.getVersion());
        out.printf("      evidence: %s%n", quote(alert.getEvidence(), 160));
    }

    private static String quote(final String text, final int max) {
        final String oneLine = text == null ? "" : text.replace('\n', ' ').strip();
        return "\"" + (oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…") + "\"";
    }

    private void increment(final String topic) {
        counts.computeIfAbsent(topic.endsWith(".dlq") ? "dlq" : topic, t -> new AtomicLong()).incrementAndGet();
    }

    long count(final String what) {
        final AtomicLong n = counts.get(what);
        return n == null ? 0 : n.get();
    }

    void activity() {
        lastActivity.set(System.nanoTime());
    }

    /** Nanoseconds since the last record was seen (or {@link #activity()} was called). */
    long idleNanos() {
        return System.nanoTime() - lastActivity.get();
    }

    @Override
    public void close() {
        running = false;
        if (!thread.isAlive()) {
            consumer.close();
            return;
        }
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
