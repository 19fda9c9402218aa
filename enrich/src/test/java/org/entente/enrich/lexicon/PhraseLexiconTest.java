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

    @Test
    void aGapTakesUpToItsNumberOfWordsButNoPunctuation() {
        final List<String> lex = List.of("inf\tIN_FORCE\tدخلت ~4 حيز التنفيذ", "cf\tCEASEFIRE\tوقف ~1 للأعمال القتالية");
        assertThat(found(lex, "ar", "ودخلت الهدنة الإنسانية في المدينة حيز التنفيذ"))
            .containsExactly("inf=ودخلت الهدنة الإنسانية في المدينة حيز التنفيذ");
        assertThat(found(lex, "ar", "دخلت حيز التنفيذ")).containsExactly("inf=دخلت حيز التنفيذ");
        assertThat(found(lex, "ar", "دخلت الهدنة التي أعلنها الجيش في المدينة حيز التنفيذ")).isEmpty();
        assertThat(found(lex, "ar", "دخلت القوات، ثم حيز التنفيذ")).isEmpty();
        assertThat(found(lex, "ar", "أعلن وقف شامل للأعمال القتالية")).containsExactly("cf=وقف شامل للأعمال القتالية");
        assertThat(found(lex, "ar", "وقف تام وشامل للأعمال القتالية")).isEmpty();
    }

    @Test
    void aGapWorksInLatinAndCyrillicScripts() {
        final List<String> lex = List.of("sig\tSIGNED\tsigned ~3 agreement*", "inf\tIN_FORCE\tвступил* ~2 в силу");
        assertThat(found(lex, "en", "They signed the final peace agreements.")).containsExactly("sig=signed the final peace agreements");
        assertThat(found(lex, "ru", "Перемирие вступило сегодня в силу.")).containsExactly("inf=вступило сегодня в силу");
    }
}
