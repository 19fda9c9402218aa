package org.entente.alerts.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.alerts.Fixtures.article;
import static org.entente.alerts.Fixtures.statement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.entente.alerts.model.AlertsSettings;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.EnrichedArticle;
import org.entente.schemas.avro.StatementRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlertsTopologyTest {
    private static final String SYRIA_TRUCE = "ceasefire_start:syria:2016-09-12";

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, Alert> events;
    private TestOutputTopic<String, Alert> current;

    @BeforeEach
    void start() {
        final Topics topics = Topics.create(Map.of("schema.registry.url", "mock://alerts-" + UUID.randomUUID()));
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(AlertsTopology.build(topics, AlertsSettings.defaults()), props);
        enriched = driver.createInputTopic(topics.enriched().name(), new StringSerializer(),
                topics.enriched().valueSerde().serializer());
        events = driver.createOutputTopic(topics.alertEvents().name(), new StringDeserializer(),
                topics.alertEvents().valueSerde().deserializer());
        current = driver.createOutputTopic(topics.alertsCurrent().name(), new StringDeserializer(),
                topics.alertsCurrent().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void pipe(final EnrichedArticle article) {
        enriched.pipeInput(article.getArticle().getId(), article, article.getArticle().getPublished());
    }

    private static StatementRecord.Builder syriaTruce() {
        return statement("CEASEFIRE_START", "2016-09-12", "Syria");
    }

    private static String header(final Headers headers, final String key) {
        final Header h = headers.lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void twoOutletsInTwoLanguagesReportingOneCeasefireGiveOneAlertWithTwoSources() {
        pipe(article("sana-1", "SANA", "ar", "2016-09-10T06:00:00Z", syriaTruce().setTime("00:00")));
        pipe(article("reuters-1", "Reuters", "en", "2016-09-10T09:00:00Z", syriaTruce()));

        final List<Alert> changes = events.readValuesToList();
        assertThat(changes).extracting(Alert::getId).containsOnly(SYRIA_TRUCE);
        assertThat(changes).extracting(Alert::getStatus).containsExactly("NEW", "CORROBORATED");
        final Alert latest = changes.get(1);
        assertThat(latest.getSources()).containsExactly("SANA", "Reuters");
        assertThat(latest.getArticles()).containsExactly("sana-1", "reuters-1");
        assertThat(latest.getLanguages()).containsExactly("ar", "en");
        assertThat(latest.getConfidence()).isEqualTo("HIGH");
        assertThat(latest.getTime()).isEqualTo("00:00");
        assertThat(latest.getFirstSeen()).isEqualTo(Instant.parse("2016-09-10T06:00:00Z"));
        assertThat(latest.getLastSeen()).isEqualTo(Instant.parse("2016-09-10T09:00:00Z"));

        final Map<String, Alert> latestById = current.readKeyValuesToMap();
        assertThat(latestById).containsOnlyKeys(SYRIA_TRUCE);
        assertThat(latestById.get(SYRIA_TRUCE)).isEqualTo(latest);
    }

    @Test
    void everyChangeCarriesCloudEventsHeadersWithADeterministicId() {
        pipe(article("ashams-1", "Ashams", "ar", "2016-09-12T10:00:00Z", syriaTruce()));
        pipe(article("reuters-1", "Reuters", "en", "2016-09-12T11:00:00Z", syriaTruce()));

        final List<TestRecord<String, Alert>> records = events.readRecordsToList();
        assertThat(records).hasSize(2);
        final Headers first = records.get(0).headers();
        assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(first, "ce_id")).isEqualTo(SYRIA_TRUCE + ":1");
        assertThat(header(first, "ce_source")).isEqualTo("/entente/alerts");
        assertThat(header(first, "ce_type")).isEqualTo("org.entente.alert.ceasefire_start");
        assertThat(header(first, "ce_time")).isEqualTo("2016-09-12T10:00:00Z");
        assertThat(header(first, "ce_subject")).isEqualTo(SYRIA_TRUCE);
        assertThat(header(first, "content-type")).isEqualTo("application/avro");
        assertThat(header(first, "ce_alertstatus")).isEqualTo("NEW");
        assertThat(header(records.get(1).headers(), "ce_id")).isEqualTo(SYRIA_TRUCE + ":2");
        assertThat(current.readRecordsToList()).extracting(r -> header(r.headers(), "ce_id"))
                .containsExactly(SYRIA_TRUCE + ":1", SYRIA_TRUCE + ":2");
    }

    @Test
    void aLaterArticleGivingTheTimeAndDurationUpdatesTheAlert() {
        pipe(article("ashams-1", "Ashams", "ar", "2016-09-10T06:00:00Z", syriaTruce()));
        pipe(article("ashams-2", "Ashams", "ar", "2016-09-12T06:00:00Z",
                syriaTruce().setTime("19:00").setOffset("+03:00").setDuration("PT48H")));

        final List<Alert> changes = events.readValuesToList();
        assertThat(changes).extracting(Alert::getStatus).containsExactly("NEW", "UPDATED");
        assertThat(changes.get(1).getTime()).isEqualTo("19:00");
        assertThat(changes.get(1).getOffset()).isEqualTo("+03:00");
        assertThat(changes.get(1).getDuration()).isEqualTo("PT48H");
        assertThat(changes.get(1).getArticles()).containsExactly("ashams-1", "ashams-2");
        assertThat(changes.get(1).getSources()).containsExactly("Ashams");
    }

    @Test
    void anotherDateForTheSameCeasefireIsANewAlertLinkedAsARevision() {
        pipe(article("ashams-1", "Ashams", "ar", "2016-09-10T06:00:00Z", syriaTruce()));
        pipe(article("reuters-1", "Reuters", "en", "2016-09-11T06:00:00Z",
                statement("CEASEFIRE_START", "2016-09-13", "Syria")));

        final List<Alert> changes = events.readValuesToList();
        assertThat(changes).extracting(Alert::getId)
                .containsExactly(SYRIA_TRUCE, "ceasefire_start:syria:2016-09-13");
        assertThat(changes.get(1).getStatus()).isEqualTo("REVISION");
        assertThat(changes.get(1).getRevisionOf()).isEqualTo(SYRIA_TRUCE);
        assertThat(current.readKeyValuesToMap()).hasSize(2);
    }

    @Test
    void replayingArticlesNeverEmitsAChangeTwice() {
        final var sana = article("sana-1", "SANA", "ar", "2016-09-10T06:00:00Z", syriaTruce());
        final var reuters = article("reuters-1", "Reuters", "en", "2016-09-10T09:00:00Z",
                syriaTruce().setTime("00:00"));
        pipe(sana);
        pipe(reuters);
        assertThat(events.readValuesToList()).extracting(Alert::getStatus)
                .containsExactly("NEW", "CORROBORATED", "UPDATED");
        current.readValuesToList();

        pipe(sana);
        pipe(reuters);
        pipe(sana);
        assertThat(events.isEmpty()).isTrue();
        assertThat(current.isEmpty()).isTrue();
        final KeyValueStore<String, Alert> store = driver.getKeyValueStore(AlertsTopology.STORE);
        assertThat(store.get(SYRIA_TRUCE).getVersion()).isEqualTo(3);
        assertThat(store.get(SYRIA_TRUCE).getArticles()).containsExactly("sana-1", "reuters-1");
    }

    @Test
    void negatedHypotheticalAndProposedStatementsRaiseNoAlert() {
        pipe(article("a-1", "Reuters", "en", "2016-09-10T06:00:00Z",
                syriaTruce().setModality("NEGATED"),
                statement("TALKS_SCHEDULED", "2016-09-20", "Geneva").setModality("HYPOTHETICAL"),
                statement("SECURITY_COUNCIL_MEETING", "2016-09-21", null).setModality("PROPOSED")));
        assertThat(events.isEmpty()).isTrue();
        assertThat(current.isEmpty()).isTrue();
    }

    @Test
    void oneArticleStatingTheSameAlertTwiceCountsOnce() {
        pipe(article("sana-1", "SANA", "ar", "2016-09-10T06:00:00Z", syriaTruce(), syriaTruce().setTime("00:00")));
        final List<Alert> changes = events.readValuesToList();
        assertThat(changes).singleElement().satisfies(a -> {
            assertThat(a.getStatus()).isEqualTo("NEW");
            assertThat(a.getTime()).isEqualTo("00:00");
            assertThat(a.getArticles()).containsExactly("sana-1");
        });
    }

    @Test
    void resolutionsWithDifferentNumbersAreDifferentAlerts() {
        pipe(article("un-1", "UN News", "en", "2015-12-18T22:00:00Z",
                statement("RESOLUTION_ADOPTED", "2015-12-18", null).setResolution("2254"),
                statement("RESOLUTION_ADOPTED", "2015-12-18", null).setResolution("2253")));
        assertThat(events.readValuesToList()).extracting(Alert::getId).containsExactly(
                "resolution_adopted:-:2015-12-18:2254", "resolution_adopted:-:2015-12-18:2253");
    }
}
