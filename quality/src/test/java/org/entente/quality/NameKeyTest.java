package org.entente.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Sergey Lavrov|sergey lavrov",
            "SERGEY  lavrov |sergey lavrov",
            "Recep Tayyip Erdoğan|recep tayyip erdogan",
            "al-Nusra Front|nusra front",
            "Al Nusra Front|nusra front",
            "the United Nations|united nations",
            "The al-Qaeda|qaeda",
            "al-the Thing|the thing",
            "Lavrov's|lavrov s",
            "UNSC Resolution 2254|unsc resolution 2254",
            "Straße|strasse",
            "ΟΔΥΣΣΕΥΣ|οδυσσευσ",
            "سُورِيَا|سوريا",
            "Alabama|alabama",
    })
    void normalisesLikeTheReferenceScorer(String name, String key) {
        assertThat(NameKey.normalize(name)).isEqualTo(key);
    }

    @Test
    void nullAndEmptyNamesAreEmpty() {
        assertThat(NameKey.normalize(null)).isEmpty();
        assertThat(NameKey.normalize(" – ")).isEmpty();
    }

    @Test
    void tellsCombiningMarksFromStarters() {
        assertThat(PyText.isCombining(0x0301)).isTrue();  // acute, class 230
        assertThat(PyText.isCombining(0x064E)).isTrue();  // Arabic fatha, class 31
        assertThat(PyText.isCombining(0x0334)).isTrue();  // class 1
        assertThat(PyText.isCombining(0x0345)).isTrue();  // class 240
        assertThat(PyText.isCombining(0x0903)).isFalse(); // Devanagari visarga: a mark of class 0
        assertThat(PyText.isCombining('a')).isFalse();
    }
}
