package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void unifiesArabicLetterVariantsAndDropsDiacriticsAndTatweel() {
        NormalizedText n = TextNormalizer.normalize("أعلنَ إيقاف آخر الهدنةـ في سورية على");
        assertThat(n.text()).isEqualTo("اعلن ايقاف اخر الهدنه في سوريه علي");
    }

    @Test
    void convertsEasternArabicAndPersianDigits() {
        assertThat(TextNormalizer.normalizeString("١٦/٩/٢٠١٦ ۱۲")).isEqualTo("16/9/2016 12");
    }

    @Test
    void lowersCaseAndStripsLatinAccentsButKeepsRussianShortI() {
        assertThat(TextNormalizer.normalizeString("Trêve À Genève, Ёлка Й")).isEqualTo("treve a geneve, елка й");
    }

    @Test
    void mapsNormalisedOffsetsBackToTheOriginal() {
        String original = "قالَ لافروفُ في جنيف";
        NormalizedText n = TextNormalizer.normalize(original);
        int at = n.text().indexOf("لافروف");
        assertThat(n.originalSlice(at, at + "لافروف".length())).isEqualTo("لافروفُ".substring(0, 6) + "ُ");
        int g = n.text().indexOf("جنيف");
        assertThat(n.originalSlice(g, g + 4)).isEqualTo("جنيف");
    }

    @Test
    void unifiesApostrophes() {
        assertThat(TextNormalizer.normalizeString("l’ONU d‘Alep")).isEqualTo("l'onu d'alep");
    }
}
