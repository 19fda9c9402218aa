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
    void aCeasefireTakesThePlaceItCoversNotThePartiesOrTheVenueBeforeIt() {
        final TestTexts covered = TestTexts.of("en",
            "The deal reached in Geneva between Washington and Moscow provides for a truce in Idlib from Monday.", SAT_DAMASCUS)
            .date("Monday", "2016-09-12")
            .entity(EntityType.LOCATION, "Geneva", "Geneva").entity(EntityType.LOCATION, "Washington, D.C.", "Washington")
            .entity(EntityType.LOCATION, "Moscow", "Moscow").entity(EntityType.LOCATION, "Idlib", "Idlib");
        assertThat(EXTRACTOR.extract(covered.build())).extracting(s -> s.type() + " " + s.date() + " " + s.place())
            .containsExactly("CEASEFIRE_START 2016-09-12 Idlib");
        // Named right before the event word, and no party: "the Syria deal, nationwide truce".
        final TestTexts modifier = TestTexts.of("en",
            "The U.S. and Russia reach a Syria deal, nationwide truce to start on Monday.", SAT_DAMASCUS)
            .date("Monday", "2016-09-12")
            .entity(EntityType.LOCATION, "United States", "U.S.").entity(EntityType.LOCATION, "Russia", "Russia")
            .entity(EntityType.LOCATION, "Syria", "Syria");
        assertThat(EXTRACTOR.extract(modifier.build())).extracting(s -> s.type() + " " + s.date() + " " + s.place())
            .containsExactly("CEASEFIRE_START 2016-09-12 Syria");
        // Nothing named after the cue: the article's most mentioned location, not the nearest party.
        final TestTexts whole = TestTexts.of("fr",
            "La Syrie a accepté l'accord conclu entre Washington et Moscou, qui prévoit une trêve dans tout le pays à partir de lundi. "
                + "L'armée syrienne observera la trêve en Syrie.", SAT_DAMASCUS)
            .date("lundi", "2016-09-12")
            .entity(EntityType.LOCATION, "Syria", "Syrie", "syrienne", "Syrie.")
            .entity(EntityType.LOCATION, "Moscow", "Moscou").entity(EntityType.LOCATION, "Washington, D.C.", "Washington");
        assertThat(EXTRACTOR.extract(whole.build())).extracting(s -> s.type() + " " + s.date() + " " + s.place())
            .containsExactly("CEASEFIRE_START 2016-09-12 Syria");
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

    // --- a possible or conditional event is not scheduled

    private static List<Modality> extensionModalities(TestTexts t) {
        return EXTRACTOR.extract(t.build()).stream().filter(s -> s.type() == AlertType.CEASEFIRE_EXTENSION)
            .map(Statement::modality).toList();
    }

    @Test
    void aRenewableOrPossiblyExtendedTruceIsNoExtension() {
        final String fri = "2022-04-01T12:00:00+03:00";
        assertThat(extensionModalities(TestTexts.of("ar", "أعلن المبعوث يوم الجمعة هدنة لمدة شهرين قابلة للتجديد.", fri)
            .date("يوم الجمعة", "2022-04-01"))).containsOnly(Modality.HYPOTHETICAL);
        assertThat(extensionModalities(TestTexts.of("ar", "وقال الوسيط يوم الجمعة إن الاتفاق يمكن تمديده بموافقة الطرفين.", fri)
            .date("يوم الجمعة", "2022-04-01"))).containsOnly(Modality.HYPOTHETICAL);
        assertThat(extensionModalities(TestTexts.of("en", "The envoy said on Friday the truce may be extended by a week.", fri)
            .date("Friday", "2022-04-01"))).containsOnly(Modality.HYPOTHETICAL);
        assertThat(extensionModalities(TestTexts.of("en", "The envoy announced on Friday a renewable two-month truce.", fri)
            .date("Friday", "2022-04-01"))).containsOnly(Modality.HYPOTHETICAL);
        assertThat(extensionModalities(TestTexts.of("fr", "Le médiateur a annoncé vendredi que la trêve pourra être prolongée.", fri)
            .date("vendredi", "2022-04-01"))).containsOnly(Modality.HYPOTHETICAL);
        assertThat(extensionModalities(TestTexts.of("ru", "Посредник заявил в пятницу, что перемирие может быть продлено.", fri)
            .date("в пятницу", "2022-04-01"))).containsOnly(Modality.HYPOTHETICAL);
    }

    @Test
    void aPossibilityQualifiesTheWordNextToItNotTheStartAfterIt() {
        final String fri = "2022-04-01T12:00:00+03:00";
        assertThat(alerts(TestTexts.of("ar", "أعلن الوسيط هدنة لمدة شهرين قابلة للتجديد، تبدأ مساء غد السبت.", fri)
            .date("مساء غد السبت", "2022-04-02"))).containsExactly("CEASEFIRE_START 2022-04-02 SCHEDULED");
        assertThat(alerts(TestTexts.of("en", "The envoy announced a renewable two-month truce, which starts on Saturday evening.", fri)
            .date("Saturday evening", "2022-04-02"))).containsExactly("CEASEFIRE_START 2022-04-02 SCHEDULED");
    }

    @Test
    void aConditionAfterTheEventAndItsDateMakesItHypothetical() {
        assertThat(alerts(TestTexts.of("en", "The envoy intends to reconvene the talks in Geneva on Thursday if the truce holds.", SAT_DAMASCUS)
            .date("Thursday", "2016-09-15"))).containsExactly("TALKS_SCHEDULED 2016-09-15 HYPOTHETICAL");
        assertThat(alerts(TestTexts.of("fr", "Les pourparlers reprendront jeudi à Genève si la trêve tient.", SAT_DAMASCUS)
            .date("jeudi", "2016-09-15"))).containsExactly("TALKS_SCHEDULED 2016-09-15 HYPOTHETICAL");
        assertThat(alerts(TestTexts.of("ru", "Переговоры возобновятся в четверг, если перемирие будет соблюдаться.", SAT_DAMASCUS)
            .date("в четверг", "2016-09-15"))).containsExactly("TALKS_SCHEDULED 2016-09-15 HYPOTHETICAL");
        assertThat(alerts(TestTexts.of("ar", "وتستأنف المحادثات يوم الخميس إذا صمدت الهدنة.", SAT_DAMASCUS)
            .date("يوم الخميس", "2016-09-15"))).containsExactly("TALKS_SCHEDULED 2016-09-15 HYPOTHETICAL");
        // "even if" concedes, it does not condition
        assertThat(alerts(TestTexts.of("en", "The talks resume on Thursday even if the shelling goes on.", SAT_DAMASCUS)
            .date("Thursday", "2016-09-15"))).containsExactly("TALKS_SCHEDULED 2016-09-15 SCHEDULED");
        assertThat(alerts(TestTexts.of("fr", "Les pourparlers reprendront jeudi même si les combats continuent.", SAT_DAMASCUS)
            .date("jeudi", "2016-09-15"))).containsExactly("TALKS_SCHEDULED 2016-09-15 SCHEDULED");
        // a condition in a later clause of its own does not reach back
        assertThat(alerts(TestTexts.of("en", "The talks resume on Thursday, and the envoy will report to the Council if they fail.",
            SAT_DAMASCUS).date("Thursday", "2016-09-15"))).containsExactly("TALKS_SCHEDULED 2016-09-15 SCHEDULED");
    }

    // --- binding a predicate to the time expression of its own clause

    private static final String TUE_GENEVA = "2016-09-13T12:00:00+02:00";

    @Test
    void anAdoptionKeepsItsOwnDayNotTheOneInARelativeClause() {
        final List<String> fr = alerts(TestTexts.of("fr",
            "Le Conseil de sécurité a adopté lundi à l'unanimité la résolution 2999, qui entérine l'accord conclu le 3 septembre.",
            TUE_GENEVA).date("lundi", "2016-09-12").date("3 septembre", "2016-09-03"));
        assertThat(fr).containsExactlyInAnyOrder("SECURITY_COUNCIL_MEETING 2016-09-12 REPORTED", "RESOLUTION_ADOPTED 2016-09-12 REPORTED");
        final List<String> en = alerts(TestTexts.of("en",
            "The Security Council on Monday unanimously adopted resolution 2999, which endorses the deal reached on September 3.",
            TUE_GENEVA).date("Monday", "2016-09-12").date("September 3", "2016-09-03"));
        assertThat(en).containsExactlyInAnyOrder("SECURITY_COUNCIL_MEETING 2016-09-12 REPORTED", "RESOLUTION_ADOPTED 2016-09-12 REPORTED");
        final List<String> ru = alerts(TestTexts.of("ru",
            "Совбез ООН в понедельник единогласно принял резолюцию, которая одобряет соглашение, заключенное 3 сентября.",
            TUE_GENEVA).date("в понедельник", "2016-09-12").date("3 сентября", "2016-09-03"));
        assertThat(ru).containsExactlyInAnyOrder("SECURITY_COUNCIL_MEETING 2016-09-12 REPORTED", "RESOLUTION_ADOPTED 2016-09-12 REPORTED");
        final List<String> ar = alerts(TestTexts.of("ar",
            "اعتمد مجلس الأمن يوم الاثنين بالإجماع القرار 2999 الذي يؤيد الاتفاق الذي أبرم في 3 أيلول.",
            TUE_GENEVA).date("يوم الاثنين", "2016-09-12").date("3 أيلول", "2016-09-03"));
        assertThat(ar).containsExactlyInAnyOrder("SECURITY_COUNCIL_MEETING 2016-09-12 REPORTED", "RESOLUTION_ADOPTED 2016-09-12 REPORTED");
    }

    @Test
    void talksTakeTheDayOfTheirOwnClauseNotTheDelegationsArrival() {
        assertThat(alerts(TestTexts.of("en", "The delegations will arrive on Thursday evening, and the talks will open on Friday morning.",
            TUE_GENEVA).date("Thursday evening", "2016-09-15").date("Friday morning", "2016-09-16")))
            .containsExactly("TALKS_SCHEDULED 2016-09-16 SCHEDULED");
        assertThat(alerts(TestTexts.of("ru", "Делегации прибудут в Женеву в четверг вечером, а сами переговоры начнутся в пятницу утром.",
            TUE_GENEVA).date("в четверг вечером", "2016-09-15").date("в пятницу утром", "2016-09-16")))
            .containsExactly("TALKS_SCHEDULED 2016-09-16 SCHEDULED");
        assertThat(alerts(TestTexts.of("fr", "Les délégations arriveront jeudi soir et les pourparlers s'ouvriront vendredi matin.",
            TUE_GENEVA).date("jeudi soir", "2016-09-15").date("vendredi matin", "2016-09-16")))
            .containsExactly("TALKS_SCHEDULED 2016-09-16 SCHEDULED");
        assertThat(alerts(TestTexts.of("ar", "وتصل الوفود مساء الخميس على أن تبدأ المحادثات صباح الجمعة.",
            TUE_GENEVA).date("مساء الخميس", "2016-09-15").date("صباح الجمعة", "2016-09-16")))
            .containsExactly("TALKS_SCHEDULED 2016-09-16 SCHEDULED");
    }

    @Test
    void twoDaysSeparatedByACommaDateTwoClauses() {
        assertThat(alerts(TestTexts.of("ru", "Перемирие, начавшееся в четверг, в пятницу продлили еще на два дня.", SAT_DAMASCUS)
            .date("четверг", "2016-09-08").date("пятницу", "2016-09-09")))
            .containsExactly("CEASEFIRE_START 2016-09-08 REPORTED", "CEASEFIRE_EXTENSION 2016-09-09 REPORTED");
        assertThat(alerts(TestTexts.of("fr", "La trêve, entrée en vigueur jeudi, a été prolongée vendredi de deux jours.", SAT_DAMASCUS)
            .date("jeudi", "2016-09-08").date("vendredi", "2016-09-09")))
            .containsExactly("CEASEFIRE_START 2016-09-08 REPORTED", "CEASEFIRE_EXTENSION 2016-09-09 REPORTED");
    }

    @Test
    void aCouncilVoteInASubordinateClauseDoesNotTakeTheTrucesTime() {
        assertThat(alerts(TestTexts.of("en", "Truce due at midnight as Security Council votes to back it", SAT_DAMASCUS)
            .time("midnight", TimeKind.TIME, "2016-09-11T00:00+03:00")))
            .containsExactly("CEASEFIRE_START 2016-09-11 00:00 SCHEDULED");
        assertThat(alerts(TestTexts.of("fr", "La trêve commence à minuit alors que le Conseil de sécurité vote pour la soutenir",
            SAT_DAMASCUS).time("minuit", TimeKind.TIME, "2016-09-11T00:00+03:00")))
            .containsExactly("CEASEFIRE_START 2016-09-11 00:00 SCHEDULED");
    }

    @Test
    void aStartWhoseSubjectIsTalksOrBackgroundTalksMakesNoCeasefireOrTalks() {
        assertThat(alerts(TestTexts.of("en", "Ten days of talks, which began on Monday in Pretoria, produced a truce deal.",
            "2016-11-02T12:00:00+02:00").date("Monday", "2016-10-24"))).isEmpty();
        assertThat(alerts(TestTexts.of("ru", "По итогам переговоров зона должна быть создана к 15 октября.", SAT_DAMASCUS)
            .date("15 октября", "2016-10-15"))).isEmpty();
        assertThat(alerts(TestTexts.of("fr", "À l'issue des pourparlers, le retrait doit être achevé le 15 octobre.", SAT_DAMASCUS)
            .date("15 octobre", "2016-10-15"))).isEmpty();
        assertThat(alerts(TestTexts.of("ar", "وفي ختام المحادثات، من المقرر أن تنسحب القوات بحلول 15 تشرين الأول.", SAT_DAMASCUS)
            .date("15 تشرين الأول", "2016-10-15"))).isEmpty();
    }

    @Test
    void aSigningRightAfterADurationAnchorsTheTimeAndDatesNothing() {
        assertThat(alerts(TestTexts.of("fr", "La trêve entrera en vigueur 48 heures après sa signature, jeudi à 18 heures.", SAT_DAMASCUS)
            .time("48 heures", TimeKind.DURATION, "PT48H").date("jeudi", "2016-09-15")
            .time("18 heures", TimeKind.TIME, "2016-09-15T18:00+03:00")))
            .containsExactly("CEASEFIRE_START 2016-09-15 18:00 SCHEDULED");
        assertThat(alerts(TestTexts.of("ar", "تدخل الهدنة حيز التنفيذ بعد 72 ساعة من التوقيع عليها، في الساعة السادسة مساء الخميس.",
            SAT_DAMASCUS).time("72 ساعة", TimeKind.DURATION, "PT72H")
            .time("الساعة السادسة مساء الخميس", TimeKind.TIME, "2016-09-15T18:00+03:00")))
            .containsExactly("CEASEFIRE_START 2016-09-15 18:00 SCHEDULED");
    }

    @Test
    void aBareClockTimeTakesTheDayOfTheSameEventDatedBefore() {
        assertThat(alerts(TestTexts.of("ru",
            "Завтра в Женеве пройдут переговоры делегаций. Делегации уже прибыли. Переговоры должны начаться в 11 часов.",
            SAT_DAMASCUS).date("Завтра", "2016-09-11").time("11 часов", TimeKind.TIME, "2016-09-10T11:00+03:00", "ru-time-hours-at")))
            .containsExactly("TALKS_SCHEDULED 2016-09-11 11:00 SCHEDULED");
        assertThat(alerts(TestTexts.of("en",
            "The ceasefire takes effect on Monday. It will start at 6 p.m. local time.",
            SAT_DAMASCUS).date("Monday", "2016-09-12").time("6 p.m.", TimeKind.TIME, "2016-09-10T18:00+03:00", "en-time-ampm")))
            .containsExactly("CEASEFIRE_START 2016-09-12 18:00 SCHEDULED");
        // a clock time with its own day keeps it
        assertThat(alerts(TestTexts.of("en",
            "The ceasefire takes effect on Monday. In the south it takes effect today at 6 p.m.", SAT_DAMASCUS)
            .date("Monday", "2016-09-12")
            .time("today at 6 p.m.", TimeKind.TIME, "2016-09-10T18:00+03:00", "en-rel+en-time-ampm")))
            .containsExactly("CEASEFIRE_START 2016-09-12 SCHEDULED", "CEASEFIRE_START 2016-09-10 18:00 SCHEDULED");
    }

    // --- forms that were missed

    @Test
    void anAdjectiveInsideTheArabicEventPhraseAndAFullCeasefireElsewhere() {
        assertThat(alerts(TestTexts.of("ar", "أعلنت القيادة العامة وقفا شاملا للأعمال القتالية اعتبارا من يوم الجمعة.", SAT_DAMASCUS)
            .date("يوم الجمعة", "2016-09-16"))).containsExactly("CEASEFIRE_START 2016-09-16 SCHEDULED");
        assertThat(alerts(TestTexts.of("ar", "وأعلن الجيش عن وقف كامل لإطلاق النار اعتبارا من يوم الجمعة.", SAT_DAMASCUS)
            .date("يوم الجمعة", "2016-09-16"))).containsExactly("CEASEFIRE_START 2016-09-16 SCHEDULED");
        assertThat(alerts(TestTexts.of("ru", "Полное прекращение огня начнется в пятницу.", SAT_DAMASCUS)
            .date("в пятницу", "2016-09-16"))).containsExactly("CEASEFIRE_START 2016-09-16 SCHEDULED");
        assertThat(alerts(TestTexts.of("fr", "Un cessez-le-feu total s'appliquera à partir de vendredi.", SAT_DAMASCUS)
            .date("vendredi", "2016-09-16"))).containsExactly("CEASEFIRE_START 2016-09-16 SCHEDULED");
    }

    @Test
    void aRejectedDraftIsStillACouncilVote() {
        assertThat(alerts(TestTexts.of("fr", "Lundi, un autre texte, proposé par la Russie, avait été rejeté par le Conseil de sécurité.",
            TUE_GENEVA).date("Lundi", "2016-09-12"))).containsExactly("SECURITY_COUNCIL_MEETING 2016-09-12 REPORTED");
        assertThat(alerts(TestTexts.of("en", "A rival draft proposed by Russia was rejected by the Security Council on Monday.",
            TUE_GENEVA).date("Monday", "2016-09-12"))).containsExactly("SECURITY_COUNCIL_MEETING 2016-09-12 REPORTED");
        assertThat(alerts(TestTexts.of("ru", "Российский проект резолюции был отклонен Советом Безопасности в понедельник.",
            TUE_GENEVA).date("в понедельник", "2016-09-12"))).containsExactly("SECURITY_COUNCIL_MEETING 2016-09-12 REPORTED");
        assertThat(alerts(TestTexts.of("ar", "ورفض مجلس الأمن يوم الاثنين مشروع قرار قدمته روسيا.",
            TUE_GENEVA).date("يوم الاثنين", "2016-09-12"))).containsExactly("SECURITY_COUNCIL_MEETING 2016-09-12 REPORTED");
        // a party rejecting a proposal is no Council vote, even in an article that names the Council elsewhere
        assertThat(alerts(TestTexts.of("en", "The rebels rejected the proposal on Monday. The Security Council will meet later.",
            TUE_GENEVA).date("Monday", "2016-09-12"))).isEmpty();
    }

    @Test
    void aForumOrConferenceThatOpensOnADayIsTalks() {
        final String pub = "2016-11-01T12:00:00+01:00";
        assertThat(alerts(TestTexts.of("fr", "Le forum de dialogue politique doit s'ouvrir le 9 novembre à Tunis.", pub)
            .date("9 novembre", "2016-11-09"))).containsExactly("TALKS_SCHEDULED 2016-11-09 SCHEDULED");
        assertThat(alerts(TestTexts.of("en", "A peace conference on the region is to open on November 9.", pub)
            .date("November 9", "2016-11-09"))).containsExactly("TALKS_SCHEDULED 2016-11-09 SCHEDULED");
        assertThat(alerts(TestTexts.of("ru", "Форум по урегулированию откроется 9 ноября в Тунисе.", pub)
            .date("9 ноября", "2016-11-09"))).containsExactly("TALKS_SCHEDULED 2016-11-09 SCHEDULED");
        assertThat(alerts(TestTexts.of("ar", "وينطلق ملتقى الحوار السياسي في 9 تشرين الثاني في تونس.", pub)
            .date("9 تشرين الثاني", "2016-11-09"))).containsExactly("TALKS_SCHEDULED 2016-11-09 SCHEDULED");
    }

    @Test
    void aSigningWithImmediateEffectStartsTheCeasefireThatDay() {
        final String sat = "2016-09-10T12:00:00+03:00";
        assertThat(alerts(TestTexts.of("fr", "Les deux camps ont signé vendredi un accord de cessez-le-feu permanent avec effet immédiat.", sat)
            .date("vendredi", "2016-09-09"))).containsExactly("CEASEFIRE_START 2016-09-09 REPORTED");
        assertThat(alerts(TestTexts.of("en", "The two sides signed on Friday a permanent ceasefire agreement with immediate effect.", sat)
            .date("Friday", "2016-09-09"))).containsExactly("CEASEFIRE_START 2016-09-09 REPORTED");
        assertThat(alerts(TestTexts.of("ru", "Стороны подписали в пятницу соглашение о прекращении огня с немедленным вступлением в силу.", sat)
            .date("в пятницу", "2016-09-09"))).containsExactly("CEASEFIRE_START 2016-09-09 REPORTED");
        assertThat(alerts(TestTexts.of("ar", "ووقع الطرفان يوم الجمعة اتفاق وقف إطلاق النار بأثر فوري.", sat)
            .date("يوم الجمعة", "2016-09-09"))).containsExactly("CEASEFIRE_START 2016-09-09 REPORTED");
        // a signing alone dates no start
        assertThat(alerts(TestTexts.of("en", "The two sides signed a ceasefire agreement on Friday.", sat)
            .date("Friday", "2016-09-09"))).isEmpty();
    }
}
