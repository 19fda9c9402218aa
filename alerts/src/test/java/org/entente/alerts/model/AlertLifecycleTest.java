package org.entente.alerts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.alerts.Fixtures.article;
import static org.entente.alerts.Fixtures.statement;

import java.time.Duration;
import java.util.List;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.StatementRecord;
import org.junit.jupiter.api.Test;

class AlertLifecycleTest {
    private final AlertLifecycle lifecycle =
            new AlertLifecycle(AlertsSettings.defaults().confidence(), Duration.ofHours(72));

    private static Alert report(final String articleId, final String source, final String published,
                                final StatementRecord.Builder statement) {
        return StatementReports.of(article(articleId, source, "en", published, statement), (r, s) -> { }).get(0);
    }

    private static StatementRecord.Builder syriaTruce() {
        return statement("CEASEFIRE_START", "2016-09-12", "Syria");
    }

    @Test
    void firstReportRaisesANewAlertAtVersionOne() {
        final var t = lifecycle.apply(null, report("a1", "Ashams", "2016-09-10T06:00:00Z", syriaTruce()), List.of());
        assertThat(t.changes()).singleElement().satisfies(a -> {
            assertThat(a.getStatus()).isEqualTo("NEW");
            assertThat(a.getVersion()).isEqualTo(1);
            assertThat(a.getConfidence()).isEqualTo("LOW");
            assertThat(a.getRevisionOf()).isNull();
        });
        assertThat(t.state()).isEqualTo(t.changes().get(0));
    }

    @Test
    void aSecondOutletCorroboratesAndRaisesConfidence() {
        final Alert first = lifecycle.apply(null,
                report("a1", "Ashams", "2016-09-10T06:00:00Z", syriaTruce()), List.of()).state();
        final var t = lifecycle.apply(first, report("b1", "Yemen Monitor", "2016-09-11T06:00:00Z", syriaTruce()),
                List.of(first));
        assertThat(t.changes()).singleElement().satisfies(a -> {
            assertThat(a.getStatus()).isEqualTo("CORROBORATED");
            assertThat(a.getVersion()).isEqualTo(2);
            assertThat(a.getSources()).containsExactly("Ashams", "Yemen Monitor");
            assertThat(a.getArticles()).containsExactly("a1", "b1");
            assertThat(a.getConfidence()).isEqualTo("HIGH");
            assertThat(a.getFirstSeen()).isBefore(a.getLastSeen());
            assertThat(a.getEvidence()).isEqualTo(first.getEvidence());
        });
    }

    @Test
    void anotherArticleOfACountedOutletIsStoredWithoutAChange() {
        final Alert first = lifecycle.apply(null,
                report("a1", "Ashams", "2016-09-10T06:00:00Z", syriaTruce()), List.of()).state();
        final var t = lifecycle.apply(first, report("a2", "ASHAMS", "2016-09-11T06:00:00Z", syriaTruce()),
                List.of(first));
        assertThat(t.changes()).isEmpty();
        assertThat(t.state().getArticles()).containsExactly("a1", "a2");
        assertThat(t.state().getSources()).containsExactly("Ashams");
        assertThat(t.state().getVersion()).isEqualTo(1);
    }

    @Test
    void aReportAddingTimeAndDurationUpdates() {
        final Alert first = lifecycle.apply(null,
                report("a1", "Ashams", "2016-09-10T06:00:00Z", syriaTruce()), List.of()).state();
        final var t = lifecycle.apply(first, report("a2", "Ashams", "2016-09-11T06:00:00Z",
                syriaTruce().setTime("19:00").setOffset("+03:00").setDuration("PT48H")), List.of(first));
        assertThat(t.changes()).singleElement().satisfies(a -> {
            assertThat(a.getStatus()).isEqualTo("UPDATED");
            assertThat(a.getVersion()).isEqualTo(2);
            assertThat(a.getTime()).isEqualTo("19:00");
            assertThat(a.getDuration()).isEqualTo("PT48H");
            assertThat(a.getConfidence()).isEqualTo("MEDIUM");
        });
    }

    @Test
    void aNewOutletAddingATimeGivesACorroborationThenAnUpdate() {
        final Alert first = lifecycle.apply(null,
                report("a1", "Ashams", "2016-09-10T06:00:00Z", syriaTruce()), List.of()).state();
        final var t = lifecycle.apply(first, report("b1", "Reuters", "2016-09-11T06:00:00Z",
                syriaTruce().setTime("19:00")), List.of(first));
        assertThat(t.changes()).extracting(Alert::getStatus).containsExactly("CORROBORATED", "UPDATED");
        assertThat(t.changes()).extracting(Alert::getVersion).containsExactly(2, 3);
        assertThat(t.changes().get(0).getTime()).isNull();
        assertThat(t.state().getTime()).isEqualTo("19:00");
    }

    @Test
    void aKnownTimeIsNotOverwritten() {
        final Alert first = lifecycle.apply(null, report("a1", "Ashams", "2016-09-10T06:00:00Z",
                syriaTruce().setTime("19:00")), List.of()).state();
        final var t = lifecycle.apply(first, report("a2", "Ashams", "2016-09-11T06:00:00Z",
                syriaTruce().setTime("20:00")), List.of(first));
        assertThat(t.changes()).isEmpty();
        assertThat(t.state().getTime()).isEqualTo("19:00");
    }

    @Test
    void theSameArticleAppliedAgainChangesNothing() {
        final Alert r = report("a1", "Ashams", "2016-09-10T06:00:00Z", syriaTruce().setTime("19:00"));
        final Alert first = lifecycle.apply(null, r, List.of()).state();
        final var again = lifecycle.apply(first, r, List.of(first));
        assertThat(again.changes()).isEmpty();
        assertThat(again.storesSomething()).isFalse();
    }

    @Test
    void anotherDateForTheSameTypeAndPlaceSoonAfterIsANewAlertLinkedAsRevision() {
        final Alert first = lifecycle.apply(null,
                report("a1", "Ashams", "2016-09-10T06:00:00Z", syriaTruce()), List.of()).state();
        final var t = lifecycle.apply(null, report("b1", "Reuters", "2016-09-11T06:00:00Z",
                statement("CEASEFIRE_START", "2016-09-13", "Syria")), List.of(first));
        assertThat(t.changes()).singleElement().satisfies(a -> {
            assertThat(a.getId()).isEqualTo("ceasefire_start:syria:2016-09-13");
            assertThat(a.getStatus()).isEqualTo("REVISION");
            assertThat(a.getRevisionOf()).isEqualTo(first.getId());
            assertThat(a.getVersion()).isEqualTo(1);
        });
    }

    @Test
    void anotherDateLongAfterTheWindowIsAnUnlinkedNewAlert() {
        final Alert first = lifecycle.apply(null,
                report("a1", "Ashams", "2016-09-10T06:00:00Z", syriaTruce()), List.of()).state();
        final var t = lifecycle.apply(null, report("b1", "Reuters", "2016-10-10T06:00:00Z",
                statement("CEASEFIRE_START", "2016-10-12", "Syria")), List.of(first));
        assertThat(t.changes()).singleElement().satisfies(a -> {
            assertThat(a.getStatus()).isEqualTo("NEW");
            assertThat(a.getRevisionOf()).isNull();
        });
    }

    @Test
    void twoDatesInOneArticleAreTwoEventsNotARevision() {
        final Alert first = lifecycle.apply(null,
                report("a1", "APS", "2022-06-02T06:00:00Z", statement("CEASEFIRE_START", "2022-04-02", "Yemen")),
                List.of()).state();
        final var t = lifecycle.apply(null,
                report("a1", "APS", "2022-06-02T06:00:00Z", statement("CEASEFIRE_START", "2022-06-02", "Yemen")),
                List.of(first));
        assertThat(t.changes()).singleElement().extracting(Alert::getStatus).isEqualTo("NEW");
    }

    @Test
    void anEarlierPublishedReportWithAnotherDateIsNotARevisionOfALaterOne() {
        final Alert later = lifecycle.apply(null,
                report("a1", "Ashams", "2016-09-11T06:00:00Z", syriaTruce()), List.of()).state();
        final var t = lifecycle.apply(null, report("b1", "Reuters", "2016-09-10T06:00:00Z",
                statement("CEASEFIRE_START", "2016-09-13", "Syria")), List.of(later));
        assertThat(t.changes()).singleElement().extracting(Alert::getStatus).isEqualTo("NEW");
    }

    @Test
    void alertsWithoutAPlaceAreNeverLinkedAsRevisions() {
        final Alert meeting = lifecycle.apply(null, report("a1", "RIA Novosti", "2024-03-22T13:00:00Z",
                statement("SECURITY_COUNCIL_MEETING", "2024-03-22", null)), List.of()).state();
        final var t = lifecycle.apply(null, report("b1", "Le Monde", "2024-03-23T13:00:00Z",
                statement("SECURITY_COUNCIL_MEETING", "2024-03-25", null)), List.of(meeting));
        assertThat(t.changes()).singleElement().satisfies(a -> {
            assertThat(a.getStatus()).isEqualTo("NEW");
            assertThat(a.getRevisionOf()).isNull();
        });
    }
}
