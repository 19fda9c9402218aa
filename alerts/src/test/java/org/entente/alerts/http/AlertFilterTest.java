package org.entente.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertFilterTest {

    private static AlertView alert(final String id, final String type, final String date, final String place,
                                   final String confidence, final String lastSeen) {
        return new AlertView(id, type, date, null, null, place, null, null, null, "NEW", confidence, 1,
                List.of("X"), List.of("a"), List.of("en"), lastSeen, lastSeen, "", "a", "", null, null, List.of());
    }

    private static final List<AlertView> ALERTS = List.of(
            alert("1", "CEASEFIRE_START", "2016-09-12", "Syria", "HIGH", "2016-09-10T06:00:00Z"),
            alert("2", "TALKS_SCHEDULED", "2016-01-29", "Geneva", "LOW", "2016-01-26T06:00:00Z"),
            alert("3", "CEASEFIRE_START", "2014-08-05", "Gaza Strip", "MEDIUM", "2014-08-05T06:00:00.500Z"),
            alert("4", "SECURITY_COUNCIL_MEETING", "2016-09-21", null, "MEDIUM", "2016-09-10T06:00:00.250Z"));

    private static List<String> ids(final Map<String, String> params) {
        return AlertFilter.parse(params::get).apply(ALERTS).stream().map(AlertView::id).toList();
    }

    @Test
    void withoutFiltersEverythingComesNewestFirst() {
        assertThat(ids(Map.of())).containsExactly("4", "1", "2", "3");
    }

    @Test
    void filtersByTypeCaseInsensitivelyAndByList() {
        assertThat(ids(Map.of("type", "ceasefire_start"))).containsExactly("1", "3");
        assertThat(ids(Map.of("type", "TALKS_SCHEDULED,SECURITY_COUNCIL_MEETING"))).containsExactly("4", "2");
    }

    @Test
    void filtersByPlaceLikeIdentity() {
        assertThat(ids(Map.of("place", "gaza strip"))).containsExactly("3");
        assertThat(ids(Map.of("place", "SYRIA"))).containsExactly("1");
    }

    @Test
    void filtersByEventDateInclusive() {
        assertThat(ids(Map.of("from", "2016-01-29", "to", "2016-09-12"))).containsExactly("1", "2");
    }

    @Test
    void confidenceIsAMinimum() {
        assertThat(ids(Map.of("confidence", "medium"))).containsExactly("4", "1", "3");
        assertThat(ids(Map.of("confidence", "HIGH"))).containsExactly("1");
    }

    @Test
    void limitsTheResult() {
        assertThat(ids(Map.of("limit", "2"))).containsExactly("4", "1");
    }

    @Test
    void badParametersAreRejectedWithAMessage() {
        assertThatThrownBy(() -> ids(Map.of("from", "yesterday"))).hasMessageContaining("from must be a date");
        assertThatThrownBy(() -> ids(Map.of("confidence", "SURE"))).hasMessageContaining("LOW, MEDIUM or HIGH");
        assertThatThrownBy(() -> ids(Map.of("limit", "0"))).hasMessageContaining("limit");
    }
}
