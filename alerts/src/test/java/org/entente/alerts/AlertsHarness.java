package org.entente.alerts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.entente.runtime.EmbeddedKafka;
import org.entente.runtime.EntenteConfig;
import org.entente.runtime.ServiceRunner;
import org.entente.runtime.TopicProvisioner;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.EnrichedArticle;

/**
 * The alerts service as a user meets it: a real embedded KRaft broker, the topics, the service under its runner
 * (exactly-once Streams and HTTP on a free port), a producer to news.enriched and a reader of alerts.events.
 */
public final class AlertsHarness implements AutoCloseable {
    private final EmbeddedKafka kafka;
    private final Path state;
    private final Topics topics;
    private final ServiceRunner runner;
    private final KafkaProducer<String, EnrichedArticle> producer;
    private final HttpClient http = HttpClient.newHttpClient();

    public AlertsHarness() throws IOException, InterruptedException {
        kafka = EmbeddedKafka.startTemporary();
        state = Files.createTempDirectory("entente-alerts-state-");
        final EntenteConfig config = EntenteConfig.of(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "schema.registry.url", "mock://alerts-it-" + UUID.randomUUID(),
                "state.dir", state.toString(),
                "http.port", "0"), Map.of());
        topics = Topics.create(config.serdeConfig());
        try (Admin admin = kafka.admin()) {
            new TopicProvisioner(admin, Duration.ofSeconds(60)).ensure(TopicProvisioner.requests(topics, config));
        }
        runner = new ServiceRunner(new AlertsService(), topics, config).start();
        final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (runner.state() != KafkaStreams.State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (runner.state() != KafkaStreams.State.RUNNING) {
            throw new IllegalStateException("alerts service not running: " + runner.state());
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), topics.enriched().valueSerde().serializer());
    }

    public String baseUrl() {
        return "http://localhost:" + runner.httpPort();
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
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Reads {@code topic} from the start (committed only) until a record matches {@code last}; returns all read. */
    public List<ConsumerRecord<String, Alert>> readUntil(final String topic,
                                                         final Predicate<ConsumerRecord<String, Alert>> last) {
        final List<ConsumerRecord<String, Alert>> records = new ArrayList<>();
        try (KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
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
        runner.close();
        kafka.close();
    }
}
