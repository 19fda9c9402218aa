package org.entente.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.entente.runtime.errors.DeadLetters;
import org.entente.schemas.Topic;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.FetchedPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pass-through service on a real broker: bad input goes to its DLQ with the reason, and it keeps running. */
@Tag("integration")
class ServiceRunnerIT {

    private static final String OUT = "passthrough.out";
    private static LocalCluster cluster;
    private static KafkaBroker kafka;

    @BeforeAll
    static void startCluster() {
        cluster = LocalCluster.startTemporary();
        kafka = cluster.kafka();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    /** Copies news.pages to passthrough.out; throws on a page whose URL contains "explode". */
    static final class PassThrough implements ServiceDefinition {
        @Override
        public String name() {
            return "passthrough";
        }

        @Override
        public int order() {
            return 0;
        }

        @Override
        public Topology buildTopology(final Topics topics, final EntenteConfig config) {
            final Topic<String, FetchedPage> pages = topics.pages();
            final StreamsBuilder builder = new StreamsBuilder();
            builder.stream(pages.name(), Consumed.with(pages.keySerde(), pages.valueSerde()))
                    .peek((key, page) -> {
                        if (page.getUrl().contains("explode")) {
                            throw new IllegalStateException("cannot handle " + page.getUrl());
                        }
                    })
                    .to(OUT, Produced.with(pages.keySerde(), pages.valueSerde()));
            return builder.build();
        }
    }

    @Test
    void sendsBadRecordsToTheDeadLetterTopicWithTheReasonAndKeepsRunning(@TempDir final Path state) throws Exception {
        final EntenteConfig config = cluster.config().with(ConfigKeys.HTTP_PORT, 0)
                .overriding(ConfigKeys.STATE_DIR, state);
        final Topics topics = cluster.topics();
        try (Admin admin = kafka.admin()) {
            new TopicProvisioner(admin, Duration.ofSeconds(30)).ensure(List.of(
                    new NewTopic(OUT, 1, (short) 1), Topics.deadLetterTopic("passthrough").newTopic((short) 1)));
        }
        try (ServiceRunner runner = new ServiceRunner(new PassThrough(), topics, config).start();
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                     Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                     new ByteArraySerializer(), new ByteArraySerializer())) {
            final var serializer = topics.pages().valueSerde().serializer();
            final byte[] badLeadingByte = ByteBuffer.allocate(9).put((byte) 7).putInt(1).putInt(42).array();
            producer.send(new ProducerRecord<>(Topics.PAGES, bytes("bad"), badLeadingByte)).get();
            producer.send(new ProducerRecord<>(Topics.PAGES, bytes("boom"),
                    serializer.serialize(Topics.PAGES, page("https://example.org/explode")))).get();
            producer.send(new ProducerRecord<>(Topics.PAGES, bytes("good"),
                    serializer.serialize(Topics.PAGES, page("https://example.org/good")))).get();

            final List<ConsumerRecord<byte[], byte[]>> dead = read("passthrough.dlq", 2);
            assertThat(dead).hasSize(2);
            final ConsumerRecord<byte[], byte[]> undeserialisable = dead.stream()
                    .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals("bad")).findFirst().orElseThrow();
            assertThat(undeserialisable.value()).isEqualTo(badLeadingByte);
            assertThat(header(undeserialisable, DeadLetters.HEADER_STAGE)).isEqualTo("deserialization");
            assertThat(header(undeserialisable, DeadLetters.HEADER_REASON)).contains(Topics.PAGES);
            assertThat(header(undeserialisable, DeadLetters.HEADER_TOPIC)).isEqualTo(Topics.PAGES);
            final ConsumerRecord<byte[], byte[]> thrown = dead.stream()
                    .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals("boom")).findFirst().orElseThrow();
            assertThat(header(thrown, DeadLetters.HEADER_STAGE)).isEqualTo("processing");
            assertThat(header(thrown, DeadLetters.HEADER_REASON)).contains("cannot handle https://example.org/explode");

            final List<ConsumerRecord<byte[], byte[]>> out = read(OUT, 1);
            assertThat(out).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).containsExactly("good");
            await(() -> runner.state() == KafkaStreams.State.RUNNING);

            final HttpClient http = HttpClient.newHttpClient();
            final String base = "http://localhost:" + runner.httpPort();
            assertThat(get(http, base + "/health/live").statusCode()).isEqualTo(200);
            assertThat(get(http, base + "/health/ready").statusCode()).isEqualTo(200);
            final String metrics = get(http, base + "/metrics").body();
            assertThat(metrics).contains("entente_dead_letters_total{reason=\"");
            assertThat(metrics).contains("kafka_stream");
        }
    }

    private static FetchedPage page(final String url) {
        return FetchedPage.newBuilder().setUrl(url).setFetchedAt(Instant.parse("2016-09-10T12:00:00Z")).setStatus(200)
                .setBody(ByteBuffer.wrap("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8))).build();
    }

    private static byte[] bytes(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(final ConsumerRecord<?, ?> record, final String name) {
        final Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(final HttpClient http, final String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<ConsumerRecord<byte[], byte[]>> read(final String topic, final int atLeast) {
        final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic + System.nanoTime()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static void await(final BooleanSupplier condition) throws InterruptedException {
        final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
