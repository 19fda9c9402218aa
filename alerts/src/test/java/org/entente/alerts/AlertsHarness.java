package org.entente.alerts;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.entente.runtime.ConfigKeys;
import org.entente.runtime.EntenteConfig;
import org.entente.runtime.LocalCluster;
import org.entente.runtime.ServiceRunner;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.EnrichedArticle;

/**
 * The alerts service as a user meets it: a real embedded KRaft broker and the local Schema Registry
 * ({@link LocalCluster}), the service under its runner (exactly-once Streams, HTTP on a free port announced as
 * {@code application.server}), a producer to news.enriched and a reader of the output topics. More instances of
 * the service can join ({@link #startInstance}).
 */
public final class AlertsHarness implements AutoCloseable {
    private final LocalCluster cluster;
    private final Topics topics;
    private final List<ServiceRunner> runners = new ArrayList<>();
    private final ServiceRunner runner;
    private final KafkaProducer<String, EnrichedArticle> producer;
    private final HttpClient http = HttpClient.newHttpClient();

    public AlertsHarness() throws IOException, InterruptedException {
        cluster = LocalCluster.startTemporary();
        topics = cluster.topics();
        runner = startInstance("a");
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()),
                new StringSerializer(), topics.enriched().valueSerde().serializer());
    }

    /** Starts one more instance of the service (own state directory and HTTP port) and waits until it runs. */
    public ServiceRunner startInstance(final String name) throws IOException, InterruptedException {
        final int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        final EntenteConfig config = cluster.configFor(EntenteConfig.of(Map.of(
                        "http.port", String.valueOf(port),
                        "kafka.application.server", "localhost:" + port), Map.of()))
                .overriding(ConfigKeys.STATE_DIR, cluster.dataDir().resolve("state-" + name).toAbsolutePath());
        final ServiceRunner started = new ServiceRunner(new AlertsService(), topics, config).start();
        runners.add(started);
        awaitRunning();
        return started;
    }

    /** Waits until every instance runs (after a rebalance, too). */
    public void awaitRunning() throws InterruptedException {
        final long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!runners.stream().allMatch(r -> r.state() == KafkaStreams.State.RUNNING)
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (!runners.stream().allMatch(r -> r.state() == KafkaStreams.State.RUNNING)) {
            throw new IllegalStateException("alerts service not running: "
                    + runners.stream().map(ServiceRunner::state).toList());
        }
    }

    /** The first instance. */
    public ServiceRunner primary() {
        return runner;
    }

    public String baseUrl() {
        return baseUrl(runner);
    }

    public static String baseUrl(final ServiceRunner instance) {
        return "http://localhost:" + instance.httpPort();
    }

    public Topics topics() {
        return topics;
    }

    public void produce(final EnrichedArticle article) {
        try {
            producer.send(new ProducerRecord<>(topics.enriched().name(), null,
                    article.getArticle().getPublished().toEpochMilli(), article.getArticle().getId(), article)).get();
        } catch (final Exception e) {
            throw new IllegalStateException("cannot produce " + article.getArticle().getId(), e);
        }
    }

    public HttpResponse<String> get(final String pathAndQuery) throws IOException, InterruptedException {
        return get(runner, pathAndQuery);
    }

    public HttpResponse<String> get(final ServiceRunner instance, final String pathAndQuery)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl(instance) + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Reads {@code topic} from the start (committed only) until a record matches {@code last}; returns all read. */
    public List<ConsumerRecord<String, Alert>> readUntil(final String topic,
                                                         final Predicate<ConsumerRecord<String, Alert>> last) {
        final List<ConsumerRecord<String, Alert>> records = new ArrayList<>();
        try (KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.GROUP_ID_CONFIG, "alerts-it-" + UUID.randomUUID()),
                new StringDeserializer(), topics.alertEvents().valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic));
            final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (final ConsumerRecord<String, Alert> r : consumer.poll(Duration.ofMillis(200))) {
                    records.add(r);
                    if (last.test(r)) {
                        return records;
                    }
                }
            }
        }
        throw new AssertionError("no matching record on " + topic + " within 60 s; read " + records.size());
    }

    @Override
    public void close() {
        producer.close();
        runners.forEach(ServiceRunner::close);
        cluster.close();
    }
}
