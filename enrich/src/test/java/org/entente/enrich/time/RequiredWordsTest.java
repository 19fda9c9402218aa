package org.entente.enrich.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredWordsTest {
    private static final Set<String> TABLES = Set.of("month", "weekday", "unit");
    private static final Map<String, String> FRAGMENTS = Map.of("year", "(?:19|20)\\d\\d", "monthpair", "%month(?:\\s*/\\s*%month)?");

    private static boolean requires(String regex, String... triggers) {
        return RequiredWords.requireWord(regex, TABLES, FRAGMENTS, Set.of(triggers));
    }

    @Test
    void aMandatoryTableReferenceIsRequired() {
        assertThat(requires("(?<day>\\d{1,2})\\s+(?<month>%month)")).isTrue();
        assertThat(requires("(?<month>%monthpair),?\\s+(?<year>%year)")).isTrue();
    }

    @Test
    void anOptionalOrWeakReferenceIsNot() {
        assertThat(requires("(?<hour>\\d{1,2}):(?<minute>\\d\\d)(?:\\s*(?<period>%period))?")).isFalse();
        assertThat(requires("(?<day>\\d{1,2})(?:\\s+%month)?")).isFalse();
        assertThat(requires("(?<amount>%number)\\s+days")).isFalse();
    }

    @Test
    void anAlternationNeedsEveryBranch() {
        assertThat(requires("(?:%month|%weekday)\\s+\\d+")).isTrue();
        assertThat(requires("(?:%month|\\d{1,2}/)\\d+")).isFalse();
    }

    @Test
    void lookAroundsRequireNothing() {
        assertThat(requires("(?<=%month\\s)\\d{4}")).isFalse();
        assertThat(requires("\\d{4}(?=\\s*%unit)")).isFalse();
    }

    @Test
    void aLiteralWordCountsOnlyWhenItIsATrigger() {
        assertThat(requires("(?<hour>\\d{1,2})\\s+heures?", "heures", "heure")).isTrue();
        assertThat(requires("(?<hour>\\d{1,2})\\s+heures?")).isFalse();
        assertThat(requires("(?<amount>\\d+)\\s*(?<unit>ساعه|يوم)", "ساعه", "يوم")).isTrue();
        assertThat(requires("(?<amount>\\d+)\\s*(?:ساعه|\\p{L}+)", "ساعه")).isFalse();
    }
}
