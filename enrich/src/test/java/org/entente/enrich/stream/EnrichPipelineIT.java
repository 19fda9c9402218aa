package org.entente.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.entente.ingest.IngestService;
import org.entente.runtime.EmbeddedKafka;
import org.entente.runtime.EntenteConfig;
import org.entente.runtime.ServiceRunner;
import org.entente.runtime.TopicProvisioner;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.EnrichedArticle;
import org.entente.schemas.avro.FetchedPage;
import org.entente.schemas.avro.StatementRecord;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The seed article as a fetched page on a real embedded broker: ingest turns it into an article, enrich finds the
 * Geneva deal's ceasefire start and the Security Council session on {@code news.enriched}.
 */
@Tag("integration")
class EnrichPipelineIT {
    /** {@code <repo>/../shared/corpus/dev-news.jsonl}, from the module directory (Maven) or the repository root. */
    private static final Path CORPUS = java.util.stream.Stream.of(Path.of("..", "..", "shared", "corpus", "dev-news.jsonl"),
            Path.of("..", "shared", "corpus", "dev-news.jsonl"))
        .filter(Files::exists).findFirst().orElse(Path.of("..", "..", "shared", "corpus", "dev-news.jsonl"));

    @Test
    void theSeedPageComesOutOfIngestAndEnrichWithItsCeasefireAndCouncilSession() throws Exception {
        Assumptions.assumeTrue(Files.exists(CORPUS), "../shared/corpus absent: the seed article is read from " + CORPUS);
        final JsonNode seed = new ObjectMapper().readTree(Files.readAllLines(CORPUS, StandardCharsets.UTF_8).get(0));
        final Path state = Files.createTempDirectory("entente-enrich-it-");
        try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
            final EntenteConfig config = EntenteConfig.of(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "schema.registry.url", "mock://enrich-it-" + UUID.randomUUID(),
                "state.dir", state.toString(),
                "http.port", "0"), Map.of());
            final Topics topics = Topics.create(config.serdeConfig());
            try (Admin admin = kafka.admin()) {
                new TopicProvisioner(admin, Duration.ofSeconds(60)).ensure(TopicProvisioner.requests(topics, config));
            }
            try (ServiceRunner ingest = new ServiceRunner(new IngestService(), topics, config).start();
                 ServiceRunner enrich = new ServiceRunner(new EnrichService(), topics, config).start();
                 KafkaProducer<String, FetchedPage> producer = new KafkaProducer<>(
                     Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                     new StringSerializer(), topics.pages().valueSerde().serializer())) {
                awaitRunning(ingest);
                awaitRunning(enrich);
                final String url = "https://sana.sy/en/?p=geneva-2016-09-10";
                producer.send(new ProducerRecord<>(topics.pages().name(), url, page(seed, url))).get();

                final EnrichedArticle out = readEnriched(kafka, topics);
                assertThat(out.getLanguage()).isEqualTo("ar");
                assertThat(alerts(out.getStatements()))
                    .contains("CEASEFIRE_START 2016-09-12", "SECURITY_COUNCIL_MEETING 2016-09-21");
                assertThat(out.getPhase()).isEqualTo("SIGNED");
            }
        }
    }

    /** The corpus record as the HTML page an outlet would serve: headline, publication time, paragraphs. */
    private static FetchedPage page(JsonNode seed, String url) {
        final StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">")
            .append("<title>").append(Entities.escape(seed.get("title").asText())).append("</title>")
            .append("<meta property=\"og:site_name\" content=\"SANA\">")
            .append("<meta property=\"article:published_time\" content=\"2016-09-10T09:00:00+03:00\">")
            .append("</head><body><header><nav><a href=\"/\">الرئيسية</a></nav></header><article>")
            .append("<h1>").append(Entities.escape(seed.get("title").asText())).append("</h1>");
        for (String p : seed.get("text").asText().split("\n\n")) {
            html.append("<p>").append(Entities.escape(p)).append("</p>");
        }
        html.append("</article><footer>© SANA</footer></body></html>");
        return FetchedPage.newBuilder()
            .setUrl(url).setFetchedAt(Instant.parse("2016-09-10T07:00:00Z")).setStatus(200)
            .setContentType("text/html; charset=utf-8").setHeaders(Map.of())
            .setBody(java.nio.ByteBuffer.wrap(html.toString().getBytes(StandardCharsets.UTF_8)))
            .setCharsetHint("utf-8").setSource("SANA").setFeed(null)
            .build();
    }

    private static List<String> alerts(List<StatementRecord> statements) {
        final List<String> out = new ArrayList<>();
        for (StatementRecord s : statements) {
            if ("SCHEDULED".equals(s.getModality()) || "REPORTED".equals(s.getModality())) {
                out.add(s.getType() + " " + s.getDate());
            }
        }
        return out;
    }

    private static void awaitRunning(ServiceRunner runner) throws InterruptedException {
        final long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (runner.state() != KafkaStreams.State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(runner.state()).as(runner.name() + " state").isEqualTo(KafkaStreams.State.RUNNING);
    }

    private static EnrichedArticle readEnriched(EmbeddedKafka kafka, Topics topics) {
        try (KafkaConsumer<String, EnrichedArticle> consumer = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.GROUP_ID_CONFIG, "enrich-it-" + UUID.randomUUID()),
            new StringDeserializer(), topics.enriched().valueSerde().deserializer())) {
            consumer.subscribe(List.of(topics.enriched().name()));
            final long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, EnrichedArticle> r : consumer.poll(Duration.ofMillis(200))) {
                    return r.value();
                }
            }
        }
        throw new AssertionError("nothing on " + topics.enriched().name() + " within 90 s");
    }
}
