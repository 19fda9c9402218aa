package org.entente.enrich.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class PhraseLexiconTest {

    private static List<String> found(List<String> lines, String lang, String text) {
        return PhraseLexicon.fromLines(lines, lang).find(TextNormalizer.normalize(text)).stream()
            .map(m -> m.id() + "=" + text.substring(m.start(), m.end())).toList();
    }

    @Test
    void matchesArabicWithProcliticsArticleAndLetterVariants() {
        final List<String> lex = List.of("# header", "cf\tCEASEFIRE\tهدنة", "waqf\tCEASEFIRE\tوقف إطلاق النار");
        assertThat(found(lex, "ar", "ووافقت على الهدنة وبوقف إطلاق النار")).containsExactly("cf=الهدنة", "waqf=وبوقف إطلاق النار");
    }

    @Test
    void acceptsArabicPronounSuffixButNotAnotherWord() {
        final List<String> lex = List.of("t\tEXTEND\tتمديد");
        assertThat(found(lex, "ar", "ثم تمديدها")).containsExactly("t=تمديدها");
        assertThat(found(lex, "ar", "تمديدات كثيرة تمديدية")).containsExactly("t=تمديدات");
    }

    @Test
    void stemsInsideAPhraseCoverRussianCaseEndings() {
        final List<String> lex = List.of("cf\tCEASEFIRE\tпрекращени* огня");
        assertThat(found(lex, "ru", "режим гуманитарного прекращения огня")).containsExactly("cf=прекращения огня");
    }

    @Test
    void keepsTheLongestOfOverlappingMatchesAndRespectsWordStarts() {
        final List<String> lex = List.of("ext\tEXTEND\textend*", "exttruce\tEXTENSION\textension of the truce",
            "truce\tCEASEFIRE\ttruce");
        assertThat(found(lex, "en", "The extension of the truce, not a struce.")).containsExactly("exttruce=extension of the truce");
    }

    @Test
    void quotationMarksInsideAPhraseCountAsSpace() {
        final List<String> lex = List.of("cf\tCEASEFIRE\tوقف إطلاق نار");
        assertThat(found(lex, "ar", "إعلان وقف \" إطلاق نار \" .")).hasSize(1);
    }
}
