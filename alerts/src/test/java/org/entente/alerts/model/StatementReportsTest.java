package org.entente.alerts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.alerts.Fixtures.article;
import static org.entente.alerts.Fixtures.statement;

import java.util.ArrayList;
import java.util.List;
import org.entente.schemas.avro.Alert;
import org.junit.jupiter.api.Test;

class StatementReportsTest {
    private final List<StatementReports.Skip> skipped = new ArrayList<>();

    private List<Alert> reports(final org.entente.schemas.avro.EnrichedArticle article) {
        return StatementReports.of(article, (reason, s) -> skipped.add(reason));
    }

    @Test
    void negatedHypotheticalAndProposedStatementsRaiseNothing() {
        final var reports = reports(article("a1", "SANA", "ar", "2016-09-10T06:00:00Z",
                statement("CEASEFIRE_START", "2016-09-12", "Syria").setModality("NEGATED"),
                statement("CEASEFIRE_START", "2016-09-13", "Syria").setModality("HYPOTHETICAL"),
                statement("CEASEFIRE_START", "2016-09-14", "Syria").setModality("PROPOSED")));
        assertThat(reports).isEmpty();
        assertThat(skipped).containsExactly(StatementReports.Skip.MODALITY, StatementReports.Skip.MODALITY,
                StatementReports.Skip.MODALITY);
    }

    @Test
    void scheduledAndReportedStatementsRaiseOneReportEach() {
        final var reports = reports(article("a1", "SANA", "ar", "2016-09-10T06:00:00Z",
                statement("CEASEFIRE_START", "2016-09-12", "Syria").setModality("SCHEDULED"),
                statement("SECURITY_COUNCIL_MEETING", "2016-09-21", null).setModality("REPORTED")));
        assertThat(reports).extracting(Alert::getId)
                .containsExactly("ceasefire_start:syria:2016-09-12", "security_council_meeting:-:2016-09-21");
        assertThat(reports.get(0).getSources()).containsExactly("SANA");
        assertThat(reports.get(0).getArticles()).containsExactly("a1");
        assertThat(reports.get(0).getLanguages()).containsExactly("ar");
        assertThat(reports.get(0).getHeadline()).isEqualTo("Headline of a1");
    }

    @Test
    void theSameAlertStatedTwiceInOneArticleIsOneReportThatKeepsTheFirstEvidenceAndAddsTheTime() {
        final var reports = reports(article("a1", "SANA", "ar", "2016-09-10T06:00:00Z",
                statement("CEASEFIRE_START", "2016-09-12", "Syria").setEvidence("first"),
                statement("CEASEFIRE_START", "2016-09-12", "Syria").setEvidence("second")
                        .setTime("00:00").setOffset("+03:00").setDuration("P7D")));
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).getEvidence()).isEqualTo("first");
        assertThat(reports.get(0).getTime()).isEqualTo("00:00");
        assertThat(reports.get(0).getOffset()).isEqualTo("+03:00");
        assertThat(reports.get(0).getDuration()).isEqualTo("P7D");
    }

    @Test
    void statementWithoutADayIsSkippedAndCounted() {
        assertThat(reports(article("a1", "SANA", "ar", "2016-09-10T06:00:00Z",
                statement("CEASEFIRE_START", "2016", "Syria")))).isEmpty();
        assertThat(skipped).containsExactly(StatementReports.Skip.NO_DAY);
    }
}
