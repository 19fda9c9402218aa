package org.entente.enrich.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OpeningFilterTest {
    private final OpeningFilter filter = new OpeningFilter(
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?<day>\\d{1,2})\\s+(?<month>september|october)|midnight)(?![\\p{L}\\p{N}])"));

    @Test
    void aWordThatCannotOpenAMatchIsRuledOut() {
        String s = "the truce of 12 september began at midnight";
        assertThat(filter.mayMatchAt(s, 0, s.length())).as("the").isFalse();
        assertThat(filter.mayMatchAt(s, s.indexOf("truce"), s.length())).as("truce").isFalse();
    }

    @Test
    void aWordThatMayOpenOneIsKept() {
        String s = "the truce of 12 september began at midnight";
        assertThat(filter.mayMatchAt(s, s.indexOf("12"), s.length())).as("12 needs what follows").isTrue();
        assertThat(filter.mayMatchAt(s, s.indexOf("midnight"), s.length())).as("midnight matches alone").isTrue();
    }

    @Test
    void theAnswerForAWordDoesNotDependOnWhatFollowsIt() {
        String a = "12 apples";
        String b = "12 september";
        assertThat(filter.mayMatchAt(a, 0, a.length())).isTrue();
        assertThat(filter.mayMatchAt(b, 0, b.length())).isTrue();
        String c = "midnightly";
        assertThat(filter.mayMatchAt(c, 0, c.length())).as("no word edge after midnight").isFalse();
    }
}
