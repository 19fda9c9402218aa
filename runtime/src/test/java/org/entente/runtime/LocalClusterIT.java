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
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.entente.schemas.Topic;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.EnrichedArticle;
import org.entente.schemas.avro.FetchedPage;
import org.entente.schemas.avro.StatementRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each topic's record type through the embedded broker and the local registry over HTTP, and back. */
@Tag("integration")
class LocalClusterIT {

    private static final Instant PUBLISHED = Instant.parse("2016-09-10T21:30:00Z");

    @Test
    void writesAndReadsEveryTopicsRecordTypeThroughBrokerAndRegistryAndKeepsSchemaIdsAcrossARestart(
            @TempDir final Path dir) throws Exception {
        final String registeredBefore;
        try (LocalCluster cluster = LocalCluster.start(dir, 0, 0)) {
            final Topics writer = cluster.topics();
            // A second handle set with its own registry client: it can only decode by fetching schemas over HTTP.
            final Topics reader = Topics.create(cluster.config().serdeConfig());
            roundTrip(cluster, writer.pages(), reader.pages(), page());
            roundTrip(cluster, writer.articles(), reader.articles(), article());
            roundTrip(cluster, writer.enriched(), reader.enriched(), enriched());
            roundTrip(cluster, writer.alertEvents(), reader.alertEvents(), alert());
            roundTrip(cluster, writer.alertsCurrent(), reader.alertsCurrent(), alert());

            final String subjects = get(cluster.registryUrl() + "/subjects");
            assertThat(subjects).contains("news.pages-value", "news.articles-value", "news.enriched-value",
                    "alerts.events-value", "alerts.current-value");
            registeredBefore = get(cluster.registryUrl() + "/subjects/news.articles-value/versions/latest");
        }
        try (LocalCluster again = LocalCluster.start(dir, 0, 0)) {
            assertThat(get(again.registryUrl() + "/subjects/news.articles-value/versions/latest"))
                    .isEqualTo(registeredBefore);
        }
    }

    private static <V> void roundTrip(final LocalCluster cluster, final Topic<String, V> writeWith,
                                      final Topic<String, V> readWith, final V value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()),
                new StringSerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            final byte[] bytes = writeWith.valueSerde().serializer().serialize(writeWith.name(), value);
            assertThat(bytes[0]).as("wire-format magic byte").isZero();
            producer.send(new ProducerRecord<>(writeWith.name(), "k", bytes)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        final List<V> read = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + writeWith.name()),
                new StringDeserializer(), readWith.valueSerde().deserializer())) {
            consumer.subscribe(List.of(readWith.name()));
            final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (read.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> read.add(r.value()));
            }
        }
        assertThat(read).as(writeWith.name()).containsExactly(value);
    }

    private static String get(final String url) throws Exception {
        final HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    static FetchedPage page() {
        return FetchedPage.newBuilder().setUrl("https://sana.sy/ar/?p=1").setFetchedAt(PUBLISHED).setStatus(200)
                .setBody(ByteBuffer.wrap("<p>جنيف</p>".getBytes(StandardCharsets.UTF_8))).setSource("SANA").build();
    }

    static Article article() {
        return Article.newBuilder().setId("a1").setUrl("https://sana.sy/ar/?p=1").setSource("SANA").setLanguage("ar")
                .setTitle("لافروف وكيري يتفقان في جنيف").setPublished(PUBLISHED).setPublishedZone("Asia/Damascus")
                .setPublishedSource("meta").setParagraphs(List.of("يبدأ وقف إطلاق النار يوم الاثنين."))
                .setContentHash("9f3c").build();
    }

    static EnrichedArticle enriched() {
        return EnrichedArticle.newBuilder().setArticle(article()).setExtractionMicros(12L)
                .setStatements(List.of(StatementRecord.newBuilder().setType("CEASEFIRE_START").setDate("2016-09-12")
                        .setPlace("Syria").setModality("SCHEDULED").setEvidence("يبدأ وقف إطلاق النار يوم الاثنين.")
                        .setRules(List.of("ceasefire.ar.start")).build()))
                .build();
    }

    static Alert alert() {
        return Alert.newBuilder().setId("CEASEFIRE_START|syria|2016-09-12").setType("CEASEFIRE_START")
                .setDate("2016-09-12").setStatus("NEW").setConfidence("LOW").setVersion(1).setFirstSeen(PUBLISHED)
                .setLastSeen(PUBLISHED).setEvidence("The truce starts on Monday.").build();
    }
}
