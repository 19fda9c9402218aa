package org.entente.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.alerts.Fixtures.article;
import static org.entente.alerts.Fixtures.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.entente.alerts.http.SseReader;
import org.entente.schemas.avro.Alert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The alerts service on a real broker: Kafka in, Kafka and HTTP out. Each test uses its own places and dates. */
@Tag("integration")
class AlertsServiceIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static AlertsHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = new AlertsHarness();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static String header(final ConsumerRecord<?, ?> r, final String key) {
        final Header h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void twoOutletsReportingOneCeasefireInTwoLanguagesGiveOneAlertWithTwoSourcesAndHighConfidence() throws Exception {
        final String id = "ceasefire_start:syria:2016-09-12";
        harness.produce(article("sana-2016-09-10", "Syrian Arab News Agency", "ar", "2016-09-10T06:00:00Z",
                "اتفاق روسي أمريكي على وقف الأعمال القتالية في سورية",
                statement("CEASEFIRE_START", "2016-09-12", "Syria").setTime("00:00").setOffset("+03:00")
                        .setEvidence("يدخل وقف الأعمال القتالية حيز التنفيذ اعتبارا من الاثنين المقبل")));
        harness.produce(article("reuters-2016-09-10", "Reuters", "en", "2016-09-10T09:00:00Z",
                "U.S., Russia agree Syria deal", statement("CEASEFIRE_START", "2016-09-12", "Syria")
                        .setModality("REPORTED")
                        .setEvidence("A nationwide ceasefire will take effect at sundown on Monday.")));

        final List<ConsumerRecord<String, Alert>> events = harness.readUntil(harness.topics().alertEvents().name(),
                r -> r.key().equals(id) && r.value().getVersion() == 2);
        final List<ConsumerRecord<String, Alert>> mine = events.stream().filter(r -> r.key().equals(id)).toList();
        assertThat(mine).extracting(r -> r.value().getStatus()).containsExactly("NEW", "CORROBORATED");
        final Alert alert = mine.get(1).value();
        assertThat(alert.getSources()).containsExactly("Syrian Arab News Agency", "Reuters");
        assertThat(alert.getLanguages()).containsExactly("ar", "en");
        assertThat(alert.getArticles()).containsExactly("sana-2016-09-10", "reuters-2016-09-10");
        assertThat(alert.getConfidence()).isEqualTo("HIGH");
        assertThat(header(mine.get(1), "ce_id")).isEqualTo(id + ":2");
        assertThat(header(mine.get(1), "ce_type")).isEqualTo("org.entente.alert.ceasefire_start");
        assertThat(header(mine.get(1), "ce_specversion")).isEqualTo("1.0");
        assertThat(header(mine.get(1), "ce_source")).isEqualTo("/entente/alerts");
        assertThat(header(mine.get(1), "ce_time")).isEqualTo("2016-09-10T09:00:00Z");
        assertThat(header(mine.get(1), "content-type")).isEqualTo("application/avro");

        final List<ConsumerRecord<String, Alert>> current = harness.readUntil(
                harness.topics().alertsCurrent().name(), r -> r.key().equals(id) && r.value().getVersion() == 2);
        assertThat(current.get(current.size() - 1).value()).isEqualTo(alert);

        final JsonNode list = JSON.readTree(harness.get("/alerts?type=ceasefire_start&place=syria").body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("id").asText()).isEqualTo(id);
        assertThat(list.get(0).path("sources")).hasSize(2);
        assertThat(list.get(0).path("confidence").asText()).isEqualTo("HIGH");
        assertThat(list.get(0).path("time").asText()).isEqualTo("00:00");
        assertThat(list.get(0).path("firstSeen").asText()).isEqualTo("2016-09-10T06:00:00Z");
        assertThat(list.get(0).path("evidence").asText()).contains("وقف الأعمال القتالية");

        final var one = harness.get("/alerts/" + id);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(one.body()).path("articles")).hasSize(2);
        assertThat(harness.get("/alerts/ceasefire_start:nowhere:2016-09-12").statusCode()).isEqualTo(404);
        assertThat(harness.get("/alerts?confidence=certain").statusCode()).isEqualTo(400);
    }

    @Test
    void theDashboardIsServedWithAStrictContentSecurityPolicy() throws Exception {
        final var page = harness.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.body()).contains("<script src=\"/dashboard/app.js\"");
        final var script = harness.get("/dashboard/app.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("textContent").doesNotContain("innerHTML");
        assertThat(harness.get("/dashboard/secrets.txt").statusCode()).isEqualTo(404);
    }

    @Test
    void theStreamSendsEachChangeAndAReconnectingClientMissesNothing() throws Exception {
        final String gaza = "ceasefire_start:gaza-strip:2014-08-05";
        final String lastId;
        try (SseReader stream = new SseReader(harness.baseUrl() + "/alerts/stream", null)) {
            assertThat(stream.status()).isEqualTo(200);
            Thread.sleep(300); // subscribed before the article arrives
            harness.produce(article("straitstimes-2014-08-05", "The Straits Times", "en", "2014-08-05T03:00:00Z",
                    statement("CEASEFIRE_START", "2014-08-05", "Gaza Strip").setTime("08:00")));
            final List<SseReader.Event> seen = stream.until(e -> e.data().contains(gaza), Duration.ofSeconds(60));
            final SseReader.Event first = seen.get(seen.size() - 1);
            assertThat(first.event()).isEqualTo("alert");
            assertThat(JSON.readTree(first.data()).path("status").asText()).isEqualTo("NEW");
            lastId = first.id();
            assertThat(lastId).matches("\\d+:\\d+(,\\d+:\\d+)*");
        }
        // While no client listens: a corroboration and a new alert.
        harness.produce(article("haaretz-2014-08-05", "Haaretz", "en", "2014-08-05T05:00:00Z",
                statement("CEASEFIRE_START", "2014-08-05", "Gaza Strip")));
        harness.produce(article("unnews-2014-08-06", "UN News", "en", "2014-08-06T05:00:00Z",
                statement("SECURITY_COUNCIL_MEETING", "2014-08-06", "Gaza Strip").setModality("REPORTED")));
        final String scm = "security_council_meeting:gaza-strip:2014-08-06";
        final java.util.Set<String> pending = new java.util.HashSet<>(List.of(gaza + ":2", scm + ":1"));
        harness.readUntil(harness.topics().alertEvents().name(),
                r -> pending.remove(r.key() + ":" + r.value().getVersion()) && pending.isEmpty());

        try (SseReader resumed = new SseReader(harness.baseUrl() + "/alerts/stream", lastId)) {
            final java.util.Set<String> expected = new java.util.HashSet<>(List.of(gaza + ":2", scm + ":1"));
            final List<SseReader.Event> missed = resumed.until(
                    e -> e.event().equals("alert") && expected.remove(changeId(e)) && expected.isEmpty(),
                    Duration.ofSeconds(30));
            assertThat(missed).filteredOn(e -> e.event().equals("alert")).extracting(AlertsServiceIT::changeId)
                    .containsExactlyInAnyOrder(gaza + ":2", scm + ":1");
        }
    }

    private static String changeId(final SseReader.Event e) {
        try {
            final JsonNode a = JSON.readTree(e.data());
            return a.path("id").asText() + ":" + a.path("version").asInt();
        } catch (final java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void theSameArticleProducedAgainIsNeverCountedTwice() {
        final var v1 = article("dw-2014-09-05", "Deutsche Welle", "en", "2014-09-05T12:00:00Z",
                statement("CEASEFIRE_START", "2014-09-05", "Ukraine").setTime("18:00"));
        harness.produce(v1);
        harness.produce(v1);
        // Same article id again with one more statement of the same (type, place): it is read after the copies
        // (same input partition) and its reports after theirs (same group, same partition): a barrier.
        harness.produce(article("dw-2014-09-05", "Deutsche Welle", "en", "2014-09-05T12:00:00Z",
                statement("CEASEFIRE_START", "2014-09-05", "Ukraine").setTime("18:00"),
                statement("CEASEFIRE_START", "2014-09-20", "Ukraine")));
        final List<ConsumerRecord<String, Alert>> events = harness.readUntil(harness.topics().alertEvents().name(),
                r -> r.key().equals("ceasefire_start:ukraine:2014-09-20"));
        assertThat(events.stream().filter(r -> r.key().equals("ceasefire_start:ukraine:2014-09-05")))
                .singleElement().satisfies(r -> {
                    assertThat(r.value().getArticles()).containsExactly("dw-2014-09-05");
                    assertThat(r.value().getStatus()).isEqualTo("NEW");
                });
        // Two dates in one article are two events, not a revision.
        assertThat(events.get(events.size() - 1).value().getRevisionOf()).isNull();
    }
}
