package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.entente.runtime.LocalCluster;
import org.entente.runtime.errors.DeadLetters;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code entente tail} against a real broker and registry: Avro decoded with the writer's schema, dead letters with their reason. */
@Tag("integration")
class TailCommandIT {

    private static LocalCluster cluster;

    @BeforeAll
    static void start() {
        cluster = LocalCluster.startTemporary();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void printsArticlesAsJsonDecodedThroughTheRegistry() throws Exception {
        final Article article = Article.newBuilder().setId("a1").setUrl("https://tass.example/1").setSource("TASS")
                .setLanguage("ru").setTitle("Перемирие в Сирии продлено").setPublished(Instant.parse("2016-09-14T17:40:00Z"))
                .setPublishedZone("Europe/Moscow").setParagraphs(List.of("МОСКВА, 14 сентября.")).build();
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()),
                new StringSerializer(), cluster.topics().articles().valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES, "a1", article)).get();
        }
        final String out = tail(Topics.ARTICLES);
        final JsonNode line = new ObjectMapper().readTree(out.lines().findFirst().orElseThrow());
        assertThat(line.get("key").asText()).isEqualTo("a1");
        assertThat(line.get("value").get("title").asText()).isEqualTo("Перемирие в Сирии продлено");
        assertThat(line.get("value").get("language").asText()).isEqualTo("ru");
    }

    @Test
    void printsDeadLettersWithTheirReason() throws Exception {
        final RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetters.HEADER_REASON, "WireFormatException: bad magic byte".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("ingest.dlq", null, "k".getBytes(StandardCharsets.UTF_8),
                    new byte[] {7, 1, 2}, headers)).get();
        }
        final JsonNode line = new ObjectMapper().readTree(tail("ingest.dlq").lines().findFirst().orElseThrow());
        assertThat(line.get("value").get("bytes").asInt()).isEqualTo(3);
        assertThat(line.get("value").get("reason").asText()).contains("bad magic byte");
    }

    private static String tail(final String topic) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream original = System.out;
        final int exit;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            exit = Entente.commandLine().execute("tail", topic, "--from-beginning", "--json", "--max-records", "1",
                    "--idle-exit", "30", "--bootstrap-server", cluster.bootstrapServers(),
                    "--registry-url", cluster.registryUrl());
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
