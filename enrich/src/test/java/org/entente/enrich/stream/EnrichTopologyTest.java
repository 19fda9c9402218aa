package org.entente.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.entente.enrich.Enricher;
import org.entente.runtime.errors.DeadLetterProcessingHandler;
import org.entente.runtime.errors.DeadLetters;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.EnrichedArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {
    private static final Enricher ENRICHER = Enricher.load();
    private static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeAll
    static void meters() {
        Metrics.addRegistry(METERS);
    }

    @AfterAll
    static void noMeters() {
        Metrics.removeRegistry(METERS);
    }

    @BeforeEach
    void start() {
        final Topics topics = Topics.create(Map.of("schema.registry.url", "mock://enrich-" + UUID.randomUUID()));
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.dlq("enrich"));
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class.getName());
        driver = new TopologyTestDriver(EnrichTopology.build(topics, ENRICHER), props);
        articles = driver.createInputTopic(topics.articles().name(), new StringSerializer(),
            topics.articles().valueSerde().serializer());
        enriched = driver.createOutputTopic(topics.enriched().name(), new StringDeserializer(),
            topics.enriched().valueSerde().deserializer());
        dlq = driver.createOutputTopic(Topics.dlq("enrich"), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static Article seed(String id, String zone) {
        return Article.newBuilder()
            .setId(id).setUrl("https://sana.sy/" + id).setSource("SANA").setLanguage("ar")
            .setTitle("لافروف وكيري: التوصل إلى اتفاق لتعزيز وقف الأعمال القتالية في سورية بدءا من الاثنين المقبل")
            .setPublished(Instant.parse("2016-09-10T06:00:00Z")).setPublishedZone(zone)
            .setParagraphs(List.of("جنيف-سانا",
                "وقال لافروف في مؤتمر صحفي مع نظيره الأمريكي جون كيري في جنيف إن محادثاته مع كيري أسفرت عن توقيع 5 وثائق"
                    + " تحتوى على اتفاقات تم التوصل إليها بين الدولتين."))
            .build();
    }

    @Test
    void enrichesAnArticleUnderItsKeyWithEntitiesPhasesAndOffsetsIntoTitlePlusBody() {
        articles.pipeInput("sana-1", seed("sana-1", "Asia/Damascus"));

        final TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertThat(out.key()).isEqualTo("sana-1");
        final EnrichedArticle e = out.value();
        assertThat(e.getArticle().getId()).isEqualTo("sana-1");
        assertThat(e.getLanguage()).isEqualTo("ar");
        assertThat(e.getEntities()).extracting(r -> r.getName()).contains("Sergey Lavrov", "John Kerry", "Geneva");
        final String full = e.getArticle().getTitle() + "\n\n" + String.join("\n\n", e.getArticle().getParagraphs());
        e.getEntities().forEach(en -> en.getMentions().forEach(m ->
            assertThat(full.substring(m.getStart(), m.getEnd())).isEqualTo(m.getText())));
        assertThat(e.getStatements()).extracting(s -> s.getType() + " " + s.getDate() + " " + s.getModality())
            .contains("CEASEFIRE_START 2016-09-12 SCHEDULED");
        assertThat(e.getTimes()).isNotEmpty();
        assertThat(e.getPhases()).containsExactly("AGREED", "SIGNED");
        assertThat(e.getPhase()).isEqualTo("SIGNED");
        assertThat(e.getExtractionMicros()).isPositive();
        assertThat(METERS.find(EnrichTopology.EXTRACTION_METRIC).timer()).isNotNull();
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void anArticleWithAnUnknownZoneGoesToTheDeadLetterTopicWithTheReason() {
        articles.pipeInput("bad-1", seed("bad-1", "Mars/Olympus"));
        articles.pipeInput("good-1", seed("good-1", "+03:00"));

        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("good-1");
        final TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("bad-1");
        final Header reason = dead.headers().lastHeader(DeadLetters.HEADER_REASON);
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("unknown publishedZone 'Mars/Olympus'");
    }
}
