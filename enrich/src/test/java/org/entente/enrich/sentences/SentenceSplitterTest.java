package org.entente.enrich.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.text.NormalizedText;
import org.entente.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        final NormalizedText nt = TextNormalizer.normalize(text);
        return SentenceSplitter.split(nt).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void keepsAbbreviationsInitialsAndLowerCaseContinuationsInOneSentence() {
        assertThat(split("The U.S. envoy met Mr. Kerry at 7 P.M. local time. Talks resume Monday."))
            .containsExactly("The U.S. envoy met Mr. Kerry at 7 P.M. local time.", "Talks resume Monday.");
    }

    @Test
    void splitsArabicOnFullStopsAndEveryLineBreak() {
        assertThat(split("قال لافروف إن الهدنة تبدأ الاثنين. ورحب كيري بالاتفاق\n\nجنيف-سانا"))
            .containsExactly("قال لافروف إن الهدنة تبدأ الاثنين.", "ورحب كيري بالاتفاق", "جنيف-سانا");
    }

    @Test
    void keepsAClosingQuoteWithItsSentence() {
        assertThat(split("He said: \"It starts today.\" Then he left."))
            .containsExactly("He said: \"It starts today.\"", "Then he left.");
    }
}
