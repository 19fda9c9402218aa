package org.entente.runtime.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.entente.runtime.EmbeddedKafka;
import org.entente.runtime.TopicProvisioner;
import org.entente.schemas.Topic;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.EnrichedArticle;
import org.entente.schemas.avro.FetchedPage;
import org.entente.schemas.avro.TimeRecord;
import org.entente.schemas.serde.AvroSerdeConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local registry on a real embedded broker, over real sockets, driven as a user drives it with curl, then
 * restarted (registry alone, then broker and registry on the same data directory): ids survive.
 */
@Tag("integration")
class LocalSchemaRegistryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUBJECT = "news.articles-value";
    private static final String V1 = "{\"type\":\"record\",\"name\":\"Ping\",\"namespace\":\"test\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}";
    private static final String BREAKING = "{\"type\":\"record\",\"name\":\"Ping\",\"namespace\":\"test\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}";
    private static final String V2 = "{\"type\":\"record\",\"name\":\"Ping\",\"namespace\":\"test\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
            + "{\"name\":\"b\",\"type\":\"string\",\"default\":\"\"}]}";

    private final HttpClient http = HttpClient.newHttpClient();

    private record Answer(int status, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    private Answer call(String base, String method, String path, String body) throws IOException, InterruptedException {
        final HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private static String schemaBody(String schema) {
        return JSON.createObjectNode().put("schema", schema).toString();
    }

    @Test
    void answersLikeConfluentAndKeepsIdsAcrossRestarts(@TempDir Path dataDir) throws Exception {
        final int id;
        final int pongId;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, 0)) {
            try (LocalSchemaRegistry registry = LocalSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
                final String url = registry.url();
                final Answer registered = call(url, "POST", "/subjects/" + SUBJECT + "/versions", schemaBody(V1));
                assertThat(registered.status()).isEqualTo(200);
                id = registered.json().get("id").asInt();
                assertThat(registered.body()).isEqualTo("{\"id\":" + id + "}");

                assertThat(call(url, "POST", "/subjects/" + SUBJECT + "/versions", schemaBody(V1)).body()).isEqualTo("{\"id\":" + id + "}");
                assertThat(call(url, "GET", "/schemas/ids/" + id, null).json().get("schema").asText()).isEqualTo(V1);

                final Answer incompatible = call(url, "POST", "/subjects/" + SUBJECT + "/versions", schemaBody(BREAKING));
                assertThat(incompatible.status()).isEqualTo(409);
                assertThat(incompatible.json().get("error_code").asInt()).isEqualTo(409);

                final Answer malformed = call(url, "POST", "/subjects/" + SUBJECT + "/versions", schemaBody("{\"type\":\"record\""));
                assertThat(malformed.status()).isEqualTo(422);
                assertThat(malformed.json().get("error_code").asInt()).isEqualTo(42201);

                final Answer unknown = call(url, "GET", "/subjects/no.such-value/versions", null);
                assertThat(unknown.status()).isEqualTo(404);
                assertThat(unknown.json().get("error_code").asInt()).isEqualTo(40401);

                assertThat(call(url, "PUT", "/config/" + SUBJECT, "{\"compatibility\":\"FULL\"}").status()).isEqualTo(200);
                pongId = call(url, "POST", "/subjects/pong-value/versions", schemaBody(V1.replace("Ping", "Pong"))).json().get("id").asInt();
                assertThat(call(url, "DELETE", "/subjects/pong-value", null).body()).isEqualTo("[1]");
            }

            try (LocalSchemaRegistry restarted = LocalSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
                assertThat(call(restarted.url(), "POST", "/subjects/" + SUBJECT + "/versions", schemaBody(V1)).body())
                        .isEqualTo("{\"id\":" + id + "}");
                assertThat(call(restarted.url(), "GET", "/config/" + SUBJECT, null).json().get("compatibilityLevel").asText())
                        .isEqualTo("FULL");
                assertThat(call(restarted.url(), "GET", "/subjects", null).body()).isEqualTo("[\"" + SUBJECT + "\"]");
            }
        }

        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, 0);
             LocalSchemaRegistry restarted = LocalSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
            final String url = restarted.url();
            assertThat(call(url, "POST", "/subjects/" + SUBJECT + "/versions", schemaBody(V1)).body()).isEqualTo("{\"id\":" + id + "}");
            assertThat(call(url, "GET", "/schemas/ids/" + pongId, null).status()).isEqualTo(200);
            final int next = call(url, "POST", "/subjects/" + SUBJECT + "/versions", schemaBody(V2)).json().get("id").asInt();
            assertThat(next).isGreaterThan(Math.max(id, pongId));
        }
    }

    @Test
    void writesAndReadsEveryTopicsRecordTypeThroughTheBrokerAndTheRegistry() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary();
             LocalSchemaRegistry registry = LocalSchemaRegistry.start(kafka.bootstrapServers(), 0);
             Admin admin = kafka.admin()) {
            final Topics topics = Topics.create(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url()));
            new TopicProvisioner(admin, Duration.ofSeconds(30)).ensure(topics.all().stream().map(t -> t.newTopic((short) 1)).toList());

            roundTrip(kafka, topics.pages(), "https://sana.sy/a", page());
            roundTrip(kafka, topics.articles(), "a1", article());
            roundTrip(kafka, topics.enriched(), "a1", enriched());
            roundTrip(kafka, topics.alertEvents(), "al1", alert());
            roundTrip(kafka, topics.alertsCurrent(), "al1", alert());

            assertThat(registry.catalog().subjects()).containsExactlyInAnyOrder("news.pages-value", "news.articles-value",
                    "news.enriched-value", "alerts.events-value", "alerts.current-value");
        }
    }

    private static <V extends SpecificRecord> void roundTrip(EmbeddedKafka kafka, Topic<String, V> topic, String key, V value) {
        final Map<String, Object> producerConfig = new HashMap<>();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(producerConfig, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("cannot produce to " + topic.name(), e);
        }
        final Map<String, Object> consumerConfig = new HashMap<>();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic.name());
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        final List<ConsumerRecord<String, V>> read = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(consumerConfig, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (read.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
        }
        assertThat(read).as(topic.name()).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo(key);
            assertThat(record.value()).isEqualTo(value);
            assertThat(record.value()).isExactlyInstanceOf(value.getClass());
        });
    }

    private static final Instant AT = Instant.parse("2016-09-10T21:30:00Z");

    private static FetchedPage page() {
        return FetchedPage.newBuilder().setUrl("https://sana.sy/a").setFetchedAt(AT)
                .setBody(java.nio.ByteBuffer.wrap("<p>جنيف</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    private static Article article() {
        return Article.newBuilder().setId("a1").setUrl("https://sana.sy/a").setSource("SANA").setLanguage("ar")
                .setTitle("اتفاق جنيف").setPublished(AT).setParagraphs(List.of("يبدأ وقف إطلاق النار يوم الاثنين.")).build();
    }

    private static EnrichedArticle enriched() {
        return EnrichedArticle.newBuilder().setArticle(article()).setLanguage("ar")
                .setTimes(List.of(TimeRecord.newBuilder().setKind("DATE").setValue("2016-09-12").setStart(0).setEnd(5)
                        .setText("الاثنين").setRule("ar.weekday").build())).build();
    }

    private static Alert alert() {
        return Alert.newBuilder().setId("al1").setType("CEASEFIRE_START").setDate("2016-09-12").setStatus("NEW")
                .setFirstSeen(AT).setLastSeen(AT).build();
    }
}
