package org.entente.alerts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.schemas.avro.Alert;
import org.junit.jupiter.api.Test;

class ConfidenceRuleTest {
    private final ConfidenceRule rule = AlertsSettings.defaults().confidence();

    private static Alert alert(final String time, final String... sources) {
        return Alert.newBuilder().setId("x").setType("CEASEFIRE_START").setDate("2016-09-12").setTime(time)
                .setStatus("NEW").setSources(List.of(sources)).setFirstSeen(java.time.Instant.EPOCH).setLastSeen(java.time.Instant.EPOCH).build();
    }

    @Test
    void anOfficialAgencyAloneIsHigh() {
        assertThat(rule.confidenceOf(alert(null, "SANA"))).isEqualTo(Confidence.HIGH);
        assertThat(rule.confidenceOf(alert(null, "www.tass.ru"))).isEqualTo(Confidence.HIGH);
        assertThat(rule.confidenceOf(alert(null, "APS (Algérie Presse Service, via Djazairess)")))
                .isEqualTo(Confidence.HIGH);
    }

    @Test
    void twoIndependentOutletsAreHigh() {
        assertThat(rule.confidenceOf(alert(null, "Ashams", "Yemen Monitor"))).isEqualTo(Confidence.HIGH);
    }

    @Test
    void theSameOutletSpelledTwiceIsNotTwoOutlets() {
        assertThat(rule.confidenceOf(alert(null, "Ashams", "ASHAMS"))).isEqualTo(Confidence.LOW);
    }

    @Test
    void oneEstablishedOutletOrAnExplicitTimeIsMedium() {
        assertThat(rule.confidenceOf(alert(null, "Reuters"))).isEqualTo(Confidence.MEDIUM);
        assertThat(rule.confidenceOf(alert("19:00", "Ashams"))).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void oneUnlistedOutletWithoutTimeIsLow() {
        assertThat(rule.confidenceOf(alert(null, "Wafaa Magazine"))).isEqualTo(Confidence.LOW);
    }

    @Test
    void nameEntriesMatchWholeWordsOnly() {
        // "sana" must not match "Sanaa Post", nor "APS" match "Mapsnews".
        assertThat(rule.confidenceOf(alert(null, "Sanaa Post"))).isEqualTo(Confidence.LOW);
        assertThat(rule.confidenceOf(alert(null, "Mapsnews"))).isEqualTo(Confidence.LOW);
    }

    @Test
    void outletListsAreConfigurable() {
        final var custom = AlertsSettings.from(k -> AlertsSettings.OFFICIAL.equals(k) ? "Wafaa Magazine" : null);
        assertThat(custom.confidence().confidenceOf(alert(null, "Wafaa Magazine"))).isEqualTo(Confidence.HIGH);
        assertThat(custom.confidence().confidenceOf(alert(null, "SANA"))).isEqualTo(Confidence.LOW);
    }
}
