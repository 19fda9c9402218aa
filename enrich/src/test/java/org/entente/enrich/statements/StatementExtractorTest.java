package org.entente.enrich.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.enrich.TestTexts;
import org.entente.enrich.model.AlertType;
import org.entente.enrich.model.EntityType;
import org.entente.enrich.model.Modality;
import org.entente.enrich.model.Statement;
import org.entente.enrich.model.TimeKind;
import org.junit.jupiter.api.Test;

class StatementExtractorTest {
    private static final StatementExtractor EXTRACTOR = StatementExtractor.load();
    private static final String SAT_DAMASCUS = "2016-09-10T12:00:00+03:00";

    private static List<String> alerts(TestTexts t) {
        return EXTRACTOR.extract(t.build()).stream()
            .map(s -> s.type() + " " + s.date() + (s.time() == null ? "" : " " + s.time()) + " " + s.modality())
            .toList();
    }

    @Test
    void bindsAnArabicCeasefireToTheDateAfterItsFromCue() {
        final TestTexts t = TestTexts.of("ar",
            "أعلن لافروف التوصل إلى اتفاق لتعزيز وقف الأعمال القتالية في سورية بدءا من الاثنين المقبل.", SAT_DAMASCUS)
            .date("الاثنين المقبل", "2016-09-12");
        assertThat(alerts(t)).containsExactly("CEASEFIRE_START 2016-09-12 SCHEDULED");
    }

    @Test
    void theDayOfTheAnnouncementDoesNotDateTheCeasefire() {
        final TestTexts t = TestTexts.of("en",
            "The United States and Russia announced on Saturday a nationwide ceasefire starting Monday.", SAT_DAMASCUS)
            .date("Saturday", "2016-09-10").date("Monday", "2016-09-12");
        assertThat(alerts(t)).containsExactly("CEASEFIRE_START 2016-09-12 SCHEDULED");
    }

    @Test
    void keepsDateAndClockTimeOfAdjacentExpressionsAndTheFirstZone() {
        final TestTexts t = TestTexts.of("en",
            "The truce went into effect at 7 p.m. local time (noon U.S. Eastern Time) on Tuesday.", "2014-08-26T12:00:00+03:00")
            .time("7 p.m.", TimeKind.TIME, "2014-08-26T19:00+03:00")
            .time("noon", TimeKind.TIME, "2014-08-26T12:00-04:00")
            .date("Tuesday", "2014-08-26");
        final Statement s = EXTRACTOR.extract(t.build()).get(0);
        assertThat(s.type()).isEqualTo(AlertType.CEASEFIRE_START);
        assertThat(s.date()).isEqualTo("2014-08-26");
        assertThat(s.time()).isEqualTo("19:00");
        assertThat(s.offset()).isEqualTo("+03:00");
    }

    @Test
    void aCeasefireThatIsOnlyCalledForIsProposed() {
        final TestTexts t = TestTexts.of("en", "Egypt called for a humanitarian pause starting Monday.", SAT_DAMASCUS)
            .date("Monday", "2016-09-12");
        assertThat(alerts(t)).containsExactly("CEASEFIRE_START 2016-09-12 PROPOSED");
    }

    @Test
    void aConditionalTruceIsHypothetical() {
        final TestTexts t = TestTexts.of("fr", "Si l'armée accepte, une trêve débutera dimanche.", SAT_DAMASCUS)
            .date("dimanche", "2016-09-11");
        assertThat(alerts(t)).containsExactly("CEASEFIRE_START 2016-09-11 HYPOTHETICAL");
    }

    @Test
    void negatedTalksAreNegated() {
        final TestTexts t = TestTexts.of("en", "The talks will not resume on Monday, the envoy's office said.", SAT_DAMASCUS)
            .date("Monday", "2016-09-12");
        assertThat(alerts(t)).containsExactly("TALKS_SCHEDULED 2016-09-12 NEGATED");
    }

    @Test
    void talksOnAnEarlierDayRaiseNothing() {
        final TestTexts t = TestTexts.of("en", "A round of talks was held in Geneva on Thursday.", SAT_DAMASCUS)
            .date("Thursday", "2016-09-08");
        assertThat(alerts(t)).isEmpty();
    }

    @Test
    void aDatedAdoptionIsBothACouncilMeetingAndAnAdoptedResolution() {
        final TestTexts t = TestTexts.of("ar",
            "وينص القرار الذي صوت عليه مجلس الأمن في 18 ديسمبر 2015 بالإجماع على بدء محادثات السلام.", "2016-01-26T12:00:00+02:00")
            .date("18 ديسمبر 2015", "2015-12-18")
            .entity(EntityType.RESOLUTION, "UNSC Resolution 2254", "القرار");
        final List<Statement> found = EXTRACTOR.extract(t.build());
        assertThat(found).extracting(s -> s.type() + " " + s.date())
            .containsExactlyInAnyOrder("RESOLUTION_ADOPTED 2015-12-18", "SECURITY_COUNCIL_MEETING 2015-12-18");
        assertThat(found).filteredOn(s -> s.type() == AlertType.RESOLUTION_ADOPTED)
            .extracting(Statement::resolution).containsExactly("UNSC Resolution 2254");
    }

    @Test
    void aVetoedDraftIsAMeetingWithoutAnAdoption() {
        final TestTexts t = TestTexts.of("en",
            "Russia vetoed the draft resolution in the Security Council on Friday.", SAT_DAMASCUS)
            .date("Friday", "2016-09-09");
        assertThat(alerts(t)).containsExactly("SECURITY_COUNCIL_MEETING 2016-09-09 REPORTED");
    }

    @Test
    void aCouncilPressStatementIsNotAMeeting() {
        final TestTexts t = TestTexts.of("en",
            "In a press statement on Friday, the Security Council welcomed the agreement.", SAT_DAMASCUS)
            .date("Friday", "2016-09-09");
        assertThat(alerts(t)).isEmpty();
    }

    @Test
    void anExtensionIsDatedByTheDayItIsAnnouncedWithItsDuration() {
        final TestTexts t = TestTexts.of("ar",
            "أعلن المبعوث، يوم الخميس، عن موافقة الطرفين على تمديد الهدنة في اليمن مدة شهرين إضافيين.", "2022-06-02T12:00:00+03:00")
            .date("يوم الخميس", "2022-06-02").time("مدة شهرين", TimeKind.DURATION, "P2M");
        final List<Statement> found = EXTRACTOR.extract(t.build());
        assertThat(found).extracting(s -> s.type() + " " + s.date() + " " + s.duration())
            .containsExactly("CEASEFIRE_EXTENSION 2022-06-02 P2M");
    }

    @Test
    void anExtensionWithoutItsOwnDayRaisesNothing() {
        final TestTexts t = TestTexts.of("ar",
            "وأضاف أن الخطوة الأولى ستكون وقف الأعمال القتالية لمدة 48 ساعة ثم تمديدها ل48 ساعة أخرى.", SAT_DAMASCUS)
            .time("لمدة 48 ساعة", TimeKind.DURATION, "PT48H");
        assertThat(alerts(t)).isEmpty();
    }

    @Test
    void aCeasefireStartMoreThan120DaysBackIsBackground() {
        final TestTexts t = TestTexts.of("en", "The truce went into effect on 2 March.", "2016-09-10T12:00:00+03:00")
            .date("2 March", "2016-03-02");
        assertThat(alerts(t)).isEmpty();
    }

    @Test
    void aCouncilSessionNamedInAnEarlierSentenceIsStillTheCouncils() {
        final TestTexts t = TestTexts.of("ru",
            "Заседание СБ ООН по Сирии назначено на пятницу. Голосование по проекту резолюции назначено на 9:00.",
            "2016-09-16T12:00:00+03:00")
            .date("пятницу", "2016-09-16").time("9:00", TimeKind.TIME, "2016-09-16T09:00+03:00");
        assertThat(alerts(t)).containsExactly("SECURITY_COUNCIL_MEETING 2016-09-16 09:00 SCHEDULED");
    }

    @Test
    void aMeetingBetweenTwoNamedMinistersTodayIsTalks() {
        final TestTexts t = TestTexts.of("ar", "وكان لافروف وكيري بدأا في وقت سابق اليوم اجتماعا في جنيف.", SAT_DAMASCUS)
            .date("اليوم", "2016-09-10")
            .entity(EntityType.PERSON, "Sergey Lavrov", "لافروف").entity(EntityType.PERSON, "John Kerry", "وكيري")
            .entity(EntityType.LOCATION, "Geneva", "جنيف");
        final List<Statement> found = EXTRACTOR.extract(t.build());
        assertThat(found).extracting(s -> s.type() + " " + s.date() + " " + s.place())
            .containsExactly("TALKS_SCHEDULED 2016-09-10 Geneva");
    }

    @Test
    void oneStatementPerTypeAndDateRecordsItsEvidenceAndRules() {
        final TestTexts t = TestTexts.of("en",
            "The ceasefire starts on Monday. Officials said the truce would take effect at midnight on Monday.", SAT_DAMASCUS)
            .date("Monday", "2016-09-12").time("midnight on Monday", TimeKind.TIME, "2016-09-12T00:00+03:00");
        final List<Statement> found = EXTRACTOR.extract(t.build());
        assertThat(found).hasSize(1);
        final Statement s = found.get(0);
        assertThat(s.time()).isEqualTo("00:00");
        assertThat(s.modality()).isEqualTo(Modality.SCHEDULED);
        assertThat(s.evidence()).contains("take effect");
        assertThat(s.rules()).anyMatch(r -> r.startsWith("cue:en.start")).anyMatch(r -> r.startsWith("time:"));
    }

    @Test
    void aRelativeDayInReportedSpeechCountsFromTheDayOfTheSaying() {
        final TestTexts t = TestTexts.of("en",
            "The envoy said on Friday that the talks would resume tomorrow in Geneva.", SAT_DAMASCUS)
            .date("Friday", "2016-09-09").date("tomorrow", "2016-09-11");
        assertThat(alerts(t)).containsExactly("TALKS_SCHEDULED 2016-09-10 SCHEDULED");
    }

    @Test
    void anAdoptionSharesTheDayOfTheVote() {
        final TestTexts t = TestTexts.of("en",
            "The Security Council voted 14-0 on Monday to adopt resolution 2401.", "2018-02-26T12:00:00-05:00")
            .date("Monday", "2018-02-26");
        assertThat(alerts(t)).containsExactlyInAnyOrder("SECURITY_COUNCIL_MEETING 2018-02-26 SCHEDULED",
            "RESOLUTION_ADOPTED 2018-02-26 SCHEDULED");
    }

    @Test
    void aWeekdayAfterAForwardLookingCueNamesTheComingDay() {
        final TestTexts t = TestTexts.of("en",
            "The two powers hailed a deal, including a nationwide ceasefire effective from sundown on Monday.", SAT_DAMASCUS)
            .date("Monday", "2016-09-05");
        assertThat(alerts(t)).containsExactly("CEASEFIRE_START 2016-09-12 SCHEDULED");
    }
}
