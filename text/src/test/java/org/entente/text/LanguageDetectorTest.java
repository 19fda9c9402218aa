package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetector.getDefault();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ar|أعلن وزير الخارجية الروسي التوصل إلى اتفاق لتعزيز وقف الأعمال القتالية في سورية بدءا من الاثنين المقبل",
        "en|The foreign ministers said on Friday that the ceasefire would take effect from sundown on Monday in Syria",
        "fr|Le cessez-le-feu est entré en vigueur à midi, selon les autorités, et les négociations reprendront lundi à Genève",
        "ru|Министр иностранных дел заявил, что перемирие вступит в силу в понедельник и будет действовать неделю",
        "ko|서울에서 열린 회담에서 양국 정상은 휴전 협정을 논의했다",
    })
    void identifiesTheLanguageOfANewsSentence(String lang, String text) {
        assertThat(detector.detect(text)).contains(lang);
    }

    @Test
    void tellsFrenchFromEnglishByStopwordsNotByScript() {
        assertThat(detector.detect("La délégation a rejeté la proposition des États-Unis sur le retrait des troupes"))
                .contains("fr");
        assertThat(detector.detect("The delegation rejected the proposal of the United States on the withdrawal"))
                .contains("en");
    }

    @Test
    void refusesToGuessOnTooLittleText() {
        assertThat(detector.detect("OK 12")).isEmpty();
        assertThat(detector.detect("")).isEmpty();
    }

    @Test
    void doesNotCallALatinTextInAnUnprofiledLanguageEnglish() {
        assertThat(detector.detect("Der Waffenstillstand tritt am Montag in Kraft, sagte der Außenminister "
                + "nach den Gesprächen mit seinem Amtskollegen in Genf und den Vertretern der Vereinten Nationen"))
                .isEmpty();
    }
}
