package org.entente.alerts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.alerts.Fixtures.statement;

import org.junit.jupiter.api.Test;

class AlertKeyTest {

    @Test
    void samePlaceSpelledDifferentlyGivesOneId() {
        final var a = AlertKey.of(statement("CEASEFIRE_START", "2016-09-12", "Syria").build()).orElseThrow();
        final var b = AlertKey.of(statement("ceasefire_start", " 2016-09-12", " SYRIA ").build()).orElseThrow();
        assertThat(a.id()).isEqualTo("ceasefire_start:syria:2016-09-12").isEqualTo(b.id());
    }

    @Test
    void foldsDiacriticsArticlesAndPunctuationInPlaces() {
        assertThat(AlertKey.of(statement("TALKS_SCHEDULED", "2022-10-25", "Pretoria, South Africa").build())
                .orElseThrow().id()).isEqualTo("talks_scheduled:pretoria-south-africa:2022-10-25");
        assertThat(AlertKey.of(statement("CEASEFIRE_START", "2020-03-06", "al-Raqqa").build()).orElseThrow().place())
                .isEqualTo("raqqa");
        assertThat(AlertKey.of(statement("CEASEFIRE_START", "2020-03-06", "Idlib Governorate").build()).orElseThrow()
                .place()).isEqualTo("idlib-governorate");
        assertThat(AlertKey.of(statement("CEASEFIRE_START", "2020-03-06", "Algérie").build()).orElseThrow().place())
                .isEqualTo("algerie");
    }

    @Test
    void missingPlaceIsItsOwnGroup() {
        final var key = AlertKey.of(statement("SECURITY_COUNCIL_MEETING", "2016-09-21", null).build()).orElseThrow();
        assertThat(key.id()).isEqualTo("security_council_meeting:-:2016-09-21");
        assertThat(AlertKey.groupOf(key.id())).isEqualTo("security_council_meeting:-");
    }

    @Test
    void resolutionNumberIsPartOfTheIdentityOfAdoptions() {
        final var a = AlertKey.of(statement("RESOLUTION_ADOPTED", "2015-12-18", null)
                .setResolution("UNSC Resolution 2254").build()).orElseThrow();
        final var b = AlertKey.of(statement("RESOLUTION_ADOPTED", "2015-12-18", null)
                .setResolution("S/RES/2254 (2015)").build()).orElseThrow();
        final var other = AlertKey.of(statement("RESOLUTION_ADOPTED", "2015-12-18", null)
                .setResolution("2253").build()).orElseThrow();
        assertThat(a.id()).isEqualTo("resolution_adopted:-:2015-12-18:2254").isEqualTo(b.id());
        assertThat(other.id()).isNotEqualTo(a.id());
        assertThat(AlertKey.groupOf(a.id())).isEqualTo("resolution_adopted:-");
    }

    @Test
    void resolutionIsIgnoredForOtherTypes() {
        final var key = AlertKey.of(statement("SECURITY_COUNCIL_MEETING", "2015-12-18", null)
                .setResolution("2254").build()).orElseThrow();
        assertThat(key.id()).isEqualTo("security_council_meeting:-:2015-12-18");
    }

    @Test
    void statementWithoutAFullDayHasNoKey() {
        assertThat(AlertKey.of(statement("CEASEFIRE_START", "2016-09", "Syria").build())).isEmpty();
        assertThat(AlertKey.of(statement("CEASEFIRE_START", "next week", "Syria").build())).isEmpty();
    }

    @Test
    void arabicPlaceNamesKeepTheirLetters() {
        assertThat(AlertKey.of(statement("CEASEFIRE_START", "2016-09-12", "حلب").build()).orElseThrow().place())
                .isEqualTo("حلب");
    }
}
