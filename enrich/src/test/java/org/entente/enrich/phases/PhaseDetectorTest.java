package org.entente.enrich.phases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.enrich.TestTexts;
import org.entente.enrich.model.Phase;
import org.junit.jupiter.api.Test;

class PhaseDetectorTest {
    private static final PhaseDetector DETECTOR = PhaseDetector.load();

    private static List<Phase> phases(String lang, String text) {
        return PhaseDetector.aggregate(DETECTOR.detect(TestTexts.of(lang, text, "2016-09-10T12:00:00+03:00").build()));
    }

    @Test
    void failingToReachAnAgreementIsNotAgreed() {
        assertThat(phases("en", "Talks in Geneva ended as the parties failed to reach an agreement and have not agreed on a truce."))
            .containsExactly(Phase.NEGOTIATING);
    }

    @Test
    void aSigningAnnouncedForMondayIsNotYetSigned() {
        assertThat(phases("en", "The two sides will sign the ceasefire agreement on Monday.")).isEmpty();
    }

    @Test
    void aSignedTruceIsAgreedAndSigned() {
        assertThat(phases("en", "A truce had been signed in Minsk, the statement said."))
            .containsExactly(Phase.AGREED, Phase.SIGNED);
    }

    @Test
    void theLatestPhaseFollowsTheSpecOrderNotTheTextOrder() {
        final List<Phase> p = phases("en",
            "The truce experienced military breaches. The truce was renewed for two months on Thursday.");
        assertThat(p).containsExactly(Phase.AGREED, Phase.EXTENDED, Phase.VIOLATED);
        assertThat(PhaseDetector.latest(p)).isEqualTo(Phase.VIOLATED);
    }

    @Test
    void aViolationInCaseOfWhichSomethingHappensIsNotReported() {
        assertThat(phases("fr", "Les forces ont annoncé un cessez-le-feu, la riposte sera sévère en cas de violation de la trêve."))
            .containsExactly(Phase.AGREED);
    }

    @Test
    void arabicPastEntryIntoForceIsInForceButTheFutureIsNot() {
        assertThat(phases("ar", "والتي دخلت حيز التنفيذ في الثاني من أبريل الماضي")).containsExactly(Phase.IN_FORCE);
        assertThat(phases("ar", "ستدخل بنود الاتفاق حيز التنفيذ اعتبارا من الاثنين المقبل")).isEmpty();
    }

    @Test
    void talksAloneAreNegotiatingAndABriefingIsNoAgreement() {
        assertThat(phases("ru", "Уже завтра там состоятся переговоры с украинской стороной.")).containsExactly(Phase.NEGOTIATING);
        assertThat(phases("en", "The envoy briefed the Security Council on 18 June.")).isEmpty();
    }

    // --- polarity and modality: a cue is read with its negation, condition or future

    @Test
    void aNegatedAgreementIsNotAgreedInAnyLanguage() {
        assertThat(phases("en", "No agreement on a truce was reached after three days in Doha.")).doesNotContain(Phase.AGREED);
        assertThat(phases("ar", "ولم يتم التوصل إلى اتفاق بشأن الهدنة بعد يومين من المباحثات في القاهرة."))
            .containsExactly(Phase.NEGOTIATING);
        assertThat(phases("ru", "Соглашение о перемирии в итоге достигнуто не было.")).isEmpty();
        assertThat(phases("ru", "Договоренность о прекращении огня так и не была достигнута.")).isEmpty();
        assertThat(phases("fr", "Les discussions sur une trêve n'ont pas abouti à un accord.")).containsExactly(Phase.NEGOTIATING);
    }

    @Test
    void aConditionAfterTheCueInItsClauseBlocksIt() {
        assertThat(phases("en", "Kyiv accepted the truce proposal, provided that Moscow does the same.")).doesNotContain(Phase.AGREED);
        assertThat(phases("ru", "Стороны согласились на перемирие при условии вывода войск из города.")).isEmpty();
        assertThat(phases("ar", "وافقت الحكومة على الهدنة شرط انسحاب المسلحين من الأحياء الشرقية.")).isEmpty();
        assertThat(phases("fr", "Le gouvernement a accepté la trêve à condition que les otages soient libérés.")).isEmpty();
        assertThat(phases("fr", "Si le cessez-le-feu est respecté, les convois partiront mardi.")).isEmpty();
    }

    @Test
    void anyViolationIsNotAViolationReported() {
        assertThat(phases("en", "The army said it would respond firmly to any violations of the truce.")).isEmpty();
        assertThat(phases("fr", "L'armée répondra fermement à toute violation de la trêve.")).isEmpty();
        assertThat(phases("ru", "Военные пообещали жестко ответить на любые нарушения перемирия.")).isEmpty();
        assertThat(phases("ar", "وتوعد الجيش بالرد على أي خرق للهدنة.")).isEmpty();
    }

    @Test
    void aSigningStillToComeIsNotSigned() {
        assertThat(phases("fr", "Les deux camps vont signer l'accord lundi à Lomé.")).isEmpty();
        assertThat(phases("ru", "Документ о перемирии будет подписан в понедельник.")).isEmpty();
        assertThat(phases("ar", "ومن المقرر أن يتم توقيع الاتفاق في الدوحة الأحد.")).isEmpty();
    }

    @Test
    void arabicQadBeforeAPastVerbIsThePerfectNotMay() {
        assertThat(phases("ar", "وكانت الهدنة قد دخلت حيز التنفيذ صباح الجمعة.")).containsExactly(Phase.IN_FORCE);
        assertThat(phases("ar", "وقد وقع الطرفان على الاتفاق في الدوحة.")).containsExactly(Phase.AGREED, Phase.SIGNED);
        assertThat(phases("ar", "قد يؤدي القصف إلى انهيار الهدنة.")).isEmpty();
    }

    @Test
    void anArabicCueAfterThePrepositionLamIsAPurpose() {
        assertThat(phases("ar", "وتتواصل المفاوضات غير المباشرة في الدوحة للتوصل إلى هدنة.")).containsExactly(Phase.NEGOTIATING);
        assertThat(phases("ar", "وصل الوفد إلى القاهرة لتوقيع اتفاق الهدنة.")).isEmpty();
        assertThat(phases("ar", "ورحبت الجامعة العربية بالتوصل إلى اتفاق الهدنة.")).containsExactly(Phase.AGREED);
    }

    @Test
    void aConcessiveEvenIfIsNoCondition() {
        assertThat(phases("fr", "L'accord a été signé samedi, même si des combats se poursuivent.")).containsExactly(Phase.AGREED, Phase.SIGNED);
        assertThat(phases("en", "The truce took effect at noon, even if sporadic shelling continued.")).containsExactly(Phase.IN_FORCE);
        assertThat(phases("ru", "Стороны подписали соглашение, даже если обстрелы продолжаются.")).containsExactly(Phase.AGREED, Phase.SIGNED);
        assertThat(phases("ar", "ووقع الطرفان الاتفاق حتى لو استمرت الاشتباكات.")).containsExactly(Phase.AGREED, Phase.SIGNED);
    }

    @Test
    void aNegationInAnEarlierClauseEndsAtABreakWord() {
        assertThat(phases("en", "Fighting did not stop, but the truce took effect at noon.")).containsExactly(Phase.IN_FORCE);
    }

    // --- subject: a cue about talks or another event is not about the agreement

    @Test
    void aCueWhoseSubjectIsTalksOrAnotherEventAssertsNothing() {
        assertThat(phases("en", "Ten days of talks, which began on Monday in Pretoria, ended with a truce deal."))
            .doesNotContain(Phase.IN_FORCE);
        assertThat(phases("en", "Renewed fighting broke out despite the truce.")).isEmpty();
        assertThat(phases("fr", "Les négociations, prolongées jusqu'à vendredi, portent sur une trêve."))
            .containsExactly(Phase.NEGOTIATING);
        assertThat(phases("ru", "Операция, которая несколько раз продлевалась, сорвала перемирие в Газе."))
            .doesNotContain(Phase.EXTENDED);
        assertThat(phases("ar", "انهيار المفاوضات حول الهدنة في القاهرة.")).containsExactly(Phase.NEGOTIATING);
    }

    // --- common forms

    @Test
    void inForceWithTheSubjectBetweenVerbAndComplementOrAsAParticiple() {
        assertThat(phases("ar", "دخل اتفاق وقف إطلاق النار بين الجانبين حيز التنفيذ فجر اليوم.")).containsExactly(Phase.IN_FORCE);
        assertThat(phases("fr", "Le cessez-le-feu entré en vigueur dimanche reste fragile.")).containsExactly(Phase.IN_FORCE);
        assertThat(phases("fr", "Le cessez-le-feu entre en vigueur lundi à minuit.")).isEmpty();
        assertThat(phases("ru", "Перемирие вступило в силу в полночь.")).containsExactly(Phase.IN_FORCE);
        assertThat(phases("en", "The ceasefire took hold across the province on Friday.")).containsExactly(Phase.IN_FORCE);
    }

    @Test
    void holdingExpiringAndViolatingInEachLanguage() {
        assertThat(phases("en", "The truce, which went into effect at 7 a.m., is largely holding.")).containsExactly(Phase.IN_FORCE);
        assertThat(phases("ar", "وصمدت الهدنة في يومها الأول رغم بعض الخروقات.")).containsExactly(Phase.IN_FORCE, Phase.VIOLATED);
        assertThat(phases("en", "The seven-day truce expired at midnight and fighting resumed.")).containsExactly(Phase.COLLAPSED);
        assertThat(phases("ru", "Срок перемирия истек в полночь.")).containsExactly(Phase.COLLAPSED);
        assertThat(phases("fr", "La trêve a expiré vendredi matin.")).containsExactly(Phase.COLLAPSED);
        assertThat(phases("en", "The talks ended on Friday without a deal.")).containsExactly(Phase.NEGOTIATING);
        assertThat(phases("en", "Israel accused Hamas of violating the ceasefire.")).containsExactly(Phase.VIOLATED);
        assertThat(phases("en", "Both sides accused each other of breaching the ceasefire.")).containsExactly(Phase.VIOLATED);
        assertThat(phases("en", "The truce has not held.")).isEmpty();
    }

    @Test
    void signingsWithAnObjectOrAsParticiples() {
        assertThat(phases("en", "The two delegations signed the document in Doha.")).containsExactly(Phase.AGREED, Phase.SIGNED);
        assertThat(phases("ru", "Документы, подписанные министрами, опубликованы на сайте.")).containsExactly(Phase.AGREED, Phase.SIGNED);
        assertThat(phases("fr", "L'accord signé samedi à Lomé ouvre une nouvelle étape.")).containsExactly(Phase.AGREED, Phase.SIGNED);
        assertThat(phases("fr", "Les signes d'apaisement se multiplient autour de la trêve.")).isEmpty();
        assertThat(phases("ar", "وقّعت الحكومة والمتمردون على اتفاق السلام في جوبا.")).containsExactly(Phase.AGREED, Phase.SIGNED);
    }

    @Test
    void extensionsInImperfectiveParticipleAndPassiveForms() {
        assertThat(phases("ru", "Перемирие несколько раз продлевалось.")).containsExactly(Phase.AGREED, Phase.EXTENDED);
        assertThat(phases("fr", "La trêve, prolongée à trois reprises, expire jeudi.")).containsExactly(Phase.AGREED, Phase.EXTENDED);
        assertThat(phases("ar", "تم تمديد الهدنة شهرين إضافيين.")).containsExactly(Phase.AGREED, Phase.EXTENDED);
    }

    @Test
    void aCouncilResolutionBackingOrDemandingATruceEndorsesIt() {
        assertThat(phases("en", "The Security Council adopted resolution 2799 backing the ceasefire plan."))
            .containsExactly(Phase.ENDORSED);
        assertThat(phases("ar", "اعتمد مجلس الأمن الدولي بالإجماع القرار رقم 2799 الذي يطالب بوقف إطلاق النار في المدينة."))
            .containsExactly(Phase.ENDORSED);
        assertThat(phases("ru", "Совбез ООН принял резолюцию, поддерживающую соглашение о перемирии.")).containsExactly(Phase.ENDORSED);
        assertThat(phases("fr", "Le Conseil de sécurité a adopté mardi une résolution exigeant un cessez-le-feu."))
            .containsExactly(Phase.ENDORSED);
    }

    @Test
    void agreementsInEachLanguage() {
        assertThat(phases("ar", "ووافقت الحركة على الاتفاق مساء الأحد.")).containsExactly(Phase.AGREED);
        assertThat(phases("en", "Both sides agreed to a three-day truce.")).containsExactly(Phase.AGREED);
        assertThat(phases("ru", "Стороны согласились на гуманитарную паузу.")).containsExactly(Phase.AGREED);
        assertThat(phases("fr", "Les belligérants se sont entendus sur une trêve.")).containsExactly(Phase.AGREED);
        assertThat(phases("fr", "Les deux parties se sont mises d'accord sur une trêve de trois jours.")).containsExactly(Phase.AGREED);
    }

    @Test
    void plannedTalksAndTalksWithoutResultAreNegotiating() {
        assertThat(phases("ru", "Делегации должны провести переговоры в Минске в пятницу.")).containsExactly(Phase.NEGOTIATING);
        assertThat(phases("en", "The talks ended without a breakthrough.")).containsExactly(Phase.NEGOTIATING);
        assertThat(phases("fr", "De nouveaux pourparlers sont prévus à Genève.")).containsExactly(Phase.NEGOTIATING);
    }

    // --- aggregation

    @Test
    void mediationAndProposalsAreNegotiatingOnlyWhenNothingElseIsAsserted() {
        assertThat(phases("ar", "وتجري جهود الوساطة المصرية منذ أسبوع.")).containsExactly(Phase.NEGOTIATING);
        assertThat(phases("ru", "Перемирие, заключенное при посредничестве Турции, было нарушено."))
            .containsExactly(Phase.AGREED, Phase.VIOLATED);
        assertThat(phases("en", "Under Egyptian mediation, the truce was violated by both sides.")).containsExactly(Phase.VIOLATED);
    }

    @Test
    void aVetoedDraftLeavesNoPhase() {
        assertThat(phases("fr", "La Russie a opposé son veto au projet de résolution sur une trêve.")).isEmpty();
        assertThat(phases("en", "The United States vetoed a draft resolution demanding a ceasefire.")).isEmpty();
        assertThat(phases("ru", "Проект резолюции о перемирии обсуждается в Совбезе.")).containsExactly(Phase.NEGOTIATING);
    }
}
