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
}
