package org.entente.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.entente.enrich.model.Entity;
import org.entente.enrich.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Behaviour of the recogniser per language: clitics, case endings, demonyms, roles, resolutions, ambiguities. */
class GazetteerEntityRecognizerTest {
    private static final GazetteerEntityRecognizer R = GazetteerEntityRecognizer.load();

    /** "TYPE:name" of every entity found. */
    private static List<String> names(String text, String lang) {
        return R.recognize(text, lang).stream().map(e -> e.type() + ":" + e.name()).collect(Collectors.toList());
    }

    private static Map<String, List<String>> mentionRules(String text, String lang) {
        final Map<String, List<String>> out = new TreeMap<>();
        for (Entity e : R.recognize(text, lang)) {
            out.put(e.name(), e.mentions().stream().map(Mention::rule).toList());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ar | وقال ولافروف إن الاتفاق نهائي                 | PERSON:Sergey Lavrov
        ar | التقى المبعوث بجنيف أمس                        | LOCATION:Geneva
        ar | قدمت الدعوة للأمم المتحدة                      | ORG:United Nations
        ar | وصل الوفد إلى والسودان                         | LOCATION:Sudan
        ar | وبالجزائر انعقد الاجتماع                        | LOCATION:Algeria
        ar | قال كيري لنظيره الروسي                          | PERSON:John Kerry
        ar | مجلس الامن الدولي يعقد جلسة                     | ORG:United Nations Security Council
        en | Lavrov's remarks came after Kerry's visit        | PERSON:Sergey Lavrov
        en | the U.S. and Russia agreed                       | LOCATION:United States
        en | Houthi rebels seized the port                    | ORG:Houthis
        fr | l'ONU a salué l'accord d'Alep                    | ORG:United Nations
        fr | l'ONU a salué l'accord d'Alep                    | LOCATION:Aleppo
        fr | le président Poutine a reçu M. Erdogan           | PERSON:Recep Tayyip Erdoğan
        ru | переговоры с Лавровым в Женеве                   | PERSON:Sergey Lavrov
        ru | переговоры с Лавровым в Женеве                   | LOCATION:Geneva
        ru | заседание Совета Безопасности ООН                | ORG:United Nations Security Council
        ru | Россия и США договорились                        | LOCATION:United States
        ru | из России в Сирию                                | LOCATION:Syria
        ru | по словам Дмитрия Пескова                        | PERSON:Dmitry Peskov
        ru | встреча с Василием Небензей                      | PERSON:Vasily Nebenzya
        """)
    void findsTheEntityThroughCliticsCaseEndingsPossessivesAndElision(String lang, String text, String expected) {
        assertThat(names(text, lang)).contains(expected);
    }

    @Test
    void resolvesOnePersonAcrossFourLanguages() {
        for (String[] t : new String[][] {{"ar", "لافروف"}, {"en", "Lavrov's"}, {"ru", "Лавров"}, {"fr", "M. Lavrov"}}) {
            assertThat(names("Déclaration de " + t[1] + " hier", t[0])).as(t[1]).contains("PERSON:Sergey Lavrov");
        }
    }

    @Test
    void keepsWordBoundaries() {
        assertThat(names("The delegation flew to Tirana on Monday.", "en"))
                .contains("LOCATION:Tirana").doesNotContain("LOCATION:Iran");
        assertThat(names("Iranian-born artists met in Moscow", "en")).doesNotContain("LOCATION:Iran");
    }

    @Test
    void takesTheLongestMatchAndDoesNotAnnotateEmbeddedNames() {
        assertThat(names("The UN Security Council met on Friday.", "en"))
                .containsExactly("ORG:United Nations Security Council");
        assertThat(names("Flights resumed at Sanaa International Airport.", "en"))
                .containsExactly("LOCATION:Sanaa International Airport");
    }

    @Test
    void countsADemonymOnlyWhenItNamesTheState() {
        assertThat(names("Russian Foreign Minister Sergei Lavrov said", "en")).contains("LOCATION:Russia");
        assertThat(names("Egyptian-mediated talks resumed", "en")).contains("LOCATION:Egypt");
        assertThat(names("Palestinian prisoners and Yemeni women", "en")).isEmpty();
        assertThat(names("قال وزير الخارجية التركي للصحفيين", "ar")).contains("LOCATION:Turkey");
        assertThat(names("الأزمة اليمنية مستمرة", "ar")).doesNotContain("LOCATION:Yemen");
        assertThat(names("le ministre russe des Affaires étrangères", "fr")).contains("LOCATION:Russia");
        assertThat(names("российский министр иностранных дел", "ru")).contains("LOCATION:Russia");
        assertThat(mentionRules("Russian officials said", "en").get("Russia")).containsExactly("demonym:Q159:en");
    }

    @Test
    void coordinatedDemonymsShareTheStateWord() {
        assertThat(names("أكد الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان", "ar"))
                .contains("LOCATION:Russia", "LOCATION:Turkey");
    }

    @Test
    void recordsTheLexiconEntryOfEveryMention() {
        assertThat(mentionRules("وصل لافروف إلى جنيف", "ar"))
                .containsEntry("Geneva", List.of("gazetteer:Q71:ar"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Turkish Foreign Minister Ahmet Yilmazoglu said on Monday                | Ahmet Yilmazoglu
        en | Deputy Foreign Minister Jan Kowalski arrived                            | Jan Kowalski
        fr | le ministre des Affaires étrangères Jean Dupontel a déclaré             | Jean Dupontel
        fr | selon le porte-parole Karim Benali, la trêve tient                      | Karim Benali
        ru | заявил министр иностранных дел Ирана Али Хосейни                        | Ali Khoseyni
        ru | сообщила журналист Россина Бодрова                                      | Rossina Bodrova
        ar | وقال وزير الخارجية التركي مولود جاويش أوغلو للصحفيين                     | Mevlüt Çavuşoğlu
        ar | وقال وزير الخارجية الفنلندي بيكا هافيستو إن                              | بيكا هافيستو
        """)
    void takesTheNameAfterATitleAsWritten(String lang, String text, String expected) {
        assertThat(names(text, lang)).contains("PERSON:" + expected);
    }

    @Test
    void resolvesALaterSurnameToThePersonFoundByHisTitle() {
        final List<Entity> found = R.recognize(
                "Foreign Minister Ahmet Yilmazoglu arrived in Geneva. Yilmazoglu said the talks would go on.", "en");
        final Entity p = found.stream().filter(e -> e.name().equals("Ahmet Yilmazoglu")).findFirst().orElseThrow();
        assertThat(p.mentions()).hasSize(2);
        assertThat(p.mentions().get(1).rule()).startsWith("short:role:en:");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ar | وفق القرار 2254 الصادر عن مجلس الأمن                  | UNSC Resolution 2254
        ar | قرار الامم المتحدة 2254                               | UNSC Resolution 2254
        en | under resolution 2401 (2018) of the Security Council  | UNSC Resolution 2401
        en | Security Council resolutions 2216 and 2254            | UNSC Resolution 2216
        en | Security Council resolutions 2216 and 2254            | UNSC Resolution 2254
        en | General Assembly resolution 377 on uniting for peace  | UNGA Resolution 377
        fr | la résolution 2728 du Conseil de sécurité             | UNSC Resolution 2728
        ru | резолюция 2254 СБ ООН                                 | UNSC Resolution 2254
        ru | в соответствии с резолюцией 2254                      | UNSC Resolution 2254
        """)
    void readsNumberedResolutionsWithTheirBody(String lang, String text, String expected) {
        assertThat(names(text, lang)).contains("RESOLUTION:" + expected);
    }

    @Test
    void aCityNamedLikeItsCountryIsTheCountryUnlessTheContextSaysCity() {
        assertThat(names("Talks were held in Kuwait on Sunday.", "en")).contains("LOCATION:Kuwait");
        assertThat(names("Talks were held in Kuwait City on Sunday.", "en")).contains("LOCATION:Kuwait City");
        assertThat(names("وصل الوفد إلى العاصمة الجزائر", "ar")).contains("LOCATION:Algiers");
        assertThat(names("أعلنت الجزائر دعمها للاتفاق", "ar")).contains("LOCATION:Algeria");
        assertThat(names("الجزائر - أعلن الرئيس\n", "ar")).contains("LOCATION:Algiers");
        assertThat(names("Djibouti signed the accord", "en")).contains("LOCATION:Djibouti");
    }

    @Test
    void georgiaIsTheCountryUnlessTheUsStateIsMeant() {
        assertThat(names("Russia and Georgia fought a war in 2008.", "en")).contains("LOCATION:Georgia (country)");
        assertThat(names("The governor of the U.S. state of Georgia said", "en"))
                .contains("LOCATION:Georgia (U.S. state)").doesNotContain("LOCATION:Georgia (country)");
        assertThat(names("В Грузии прошли выборы", "ru")).contains("LOCATION:Georgia (country)");
    }

    @Test
    void jordanThePersonIsNotJordanTheCountry() {
        assertThat(names("Jordan closed its border with Syria.", "en")).contains("LOCATION:Jordan");
        assertThat(names("Congressman Jim Jordan asked for a vote.", "en")).doesNotContain("LOCATION:Jordan");
        assertThat(names("Mr. Jordan declined to comment.", "en")).doesNotContain("LOCATION:Jordan");
    }

    @Test
    void ammanOrOmanInArabicFollowsTheContext() {
        assertThat(names("وصل المبعوث إلى العاصمة الأردنية عمان", "ar")).contains("LOCATION:Amman");
        assertThat(names("استضافت سلطنة عمان المحادثات", "ar")).contains("LOCATION:Oman");
        assertThat(names("توسطت عمان بين الطرفين", "ar")).contains("LOCATION:Oman");
        assertThat(names("في مؤتمر صحفي مع نظيره الأردني أيمن الصفدي في عمان", "ar")).contains("LOCATION:Amman");
    }

    @Test
    void reportsOffsetsInTheOriginalText() {
        final String text = "قالَ لافروفُ في جنيفَ";
        final Entity geneva = R.recognize(text, "ar").stream()
                .filter(e -> e.name().equals("Geneva")).findFirst().orElseThrow();
        final Mention m = geneva.mentions().get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()).startsWith("جنيف");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        final String text = "Lavrov and Kerry met in Geneva to discuss Aleppo.";
        final List<String> expected = names(text, "en");
        final List<Thread> threads = new java.util.ArrayList<>();
        final java.util.concurrent.atomic.AtomicInteger bad = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    if (!names(text, "en").equals(expected)) {
                        bad.incrementAndGet();
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertThat(bad.get()).isZero();
    }

    @Test
    void dropsTheOutletOfTheArticlesOwnDatelineButKeepsACitedWire() {
        assertThat(names("وقال لافروف\n\nجنيف-سانا\nأعلن الوزير", "ar")).doesNotContain("ORG:Syrian Arab News Agency");
        assertThat(names("Заголовок\n\nМОСКВА, 22 мар — РИА Новости. Постпред заявил", "ru")).doesNotContain("ORG:RIA Novosti");
        assertThat(names("Titre\n\nBenghazi (Libye), 11 jan 2020 (AFP) - Le maréchal", "fr")).contains("ORG:Agence France-Presse");
        assertThat(names("ذكرت وكالة سانا أن الجيش تقدم", "ar")).contains("ORG:Syrian Arab News Agency");
    }

    @Test
    void agreementsNamedAfterAPlaceYieldNoPlace() {
        assertThat(names("progress in the implementation of the Riyadh Agreement", "en")).isEmpty();
        assertThat(names("تنفيذ اتفاق ستوكهولم بشأن الحديدة", "ar")).containsExactly("LOCATION:Hodeidah");
        assertThat(names("выполнение Минских соглашений", "ru")).isEmpty();
    }

    @Test
    void aStateOrganNamedByItsDemonymAlsoNamesTheState() {
        final Map<String, List<String>> rules = mentionRules("The Russian Foreign Ministry said on Monday", "en");
        assertThat(rules).containsKeys("Ministry of Foreign Affairs (Russia)", "Russia");
        assertThat(rules.get("Russia").get(0)).startsWith("implied:");
        assertThat(names("تقدم الجيش السوري في ريف إدلب", "ar")).contains("ORG:Syrian Arab Army", "LOCATION:Syria");
        assertThat(names("Syrian Democratic Forces took the town", "en")).containsExactly("ORG:Syrian Democratic Forces");
    }

    @Test
    void aTitleCaseHeadlineGivesNoPersonFromItsCapitals() {
        assertThat(names("UN Envoy Announces 2-month Truce Renewal in Yemen", "en"))
                .noneMatch(n -> n.startsWith("PERSON:"));
    }
    @Test
    void aShortRussianStemDoesNotMatchACommonWordOrAnAcronym() {
        // "Миди" stems to мид: the acronym МИД (and its case forms "МИДа") must not give the Yemeni town.
        assertThat(names("Вчера МИД России выступил с заявлением", "ru")).doesNotContain("LOCATION:Midi, Yemen");
        assertThat(names("Представитель МИД Азербайджана ответил журналистам", "ru"))
                .doesNotContain("LOCATION:Midi, Yemen").contains("LOCATION:Azerbaijan");
        assertThat(names("Позиция МИДа Казахстана не изменилась", "ru")).doesNotContain("LOCATION:Midi, Yemen");
        assertThat(names("Малая часть гуманитарной помощи дошла", "ru")).doesNotContain("LOCATION:Mali");
        // The places still match as written and, for nouns in -а, in their case forms.
        assertThat(names("Бои шли у порта Миди на севере страны", "ru")).contains("LOCATION:Midi, Yemen");
        assertThat(names("Войска вошли в Мали", "ru")).contains("LOCATION:Mali");
        assertThat(names("Обстрелы в Газе продолжались всю ночь", "ru")).contains("LOCATION:Gaza Strip");
        assertThat(names("Колонна вышла из Газы утром", "ru")).contains("LOCATION:Gaza Strip");
        // Nouns in -й and in a consonant decline too.
        assertThat(names("Переговоры с Китаем продолжатся", "ru")).contains("LOCATION:China");
        assertThat(names("Делегация Китая прибыла", "ru")).contains("LOCATION:China");
        assertThat(names("Грузовики стоят у Рафаха", "ru")).contains("LOCATION:Rafah");
        assertThat(names("Обстрелы в Сумах не прекращались", "ru")).contains("LOCATION:Sumy");
    }

    @Test
    void readsRussianAcronymsWithACaseEndingAndDatelinesInCapitals() {
        assertThat(names("Глава МИДа России прибыл в Анкару", "ru")).contains("ORG:Ministry of Foreign Affairs (Russia)");
        assertThat(names("МОСКВА, 3 апр. Переговоры продолжатся", "ru")).contains("LOCATION:Moscow");
    }
    private static List<String> names(String text, String lang, String source) {
        return R.recognize(text, lang, source).stream().map(e -> e.type() + ":" + e.name()).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Reuters  | Headline\\n\\nKYIV (Reuters) - The two sides exchanged prisoners on Friday.     | ORG:Reuters
        en | Reuters  | A senior official told Reuters the talks would resume next week.                 | ORG:Reuters
        en | AP       | BAGHDAD (AP) — A truce took hold on Sunday, a spokesman said.                    | ORG:Associated Press
        en | Reuters  | Headline\\n\\nREUTERS - Fighting resumed near the port on Tuesday.               | ORG:Reuters
        en | Reuters  | The shelling went on overnight, a Reuters witness said.                          | ORG:Reuters
        fr | AFP      | Beyrouth (AFP) - Les frappes ont repris lundi.                                   | ORG:Agence France-Presse
        fr | AFP      | Un diplomate a déclaré à l'AFP que la trêve tenait.                              | ORG:Agence France-Presse
        ru | ТАСС     | Источник в делегации рассказал ТАСС, что встреча состоится.                      | ORG:TASS
        ru | ТАСС     | Об этом сообщил корреспондент ТАСС из Дамаска.                                   | ORG:TASS
        ar | SANA     | وقال وزير الإعلام في بيان تلقت سانا نسخة منه إن الهدنة صامدة                     | ORG:Syrian Arab News Agency
        ar | SANA     | وقال محافظ حمص لسانا إن الطريق فتح                                               | ORG:Syrian Arab News Agency
        ar | SANA     | وأفاد مراسل سانا بأن القصف توقف                                                  | ORG:Syrian Arab News Agency
        """)
    void dropsThePublishersOwnCreditAndDateline(String lang, String source, String text, String outlet) {
        final String t = text.replace("\\n", "\n");
        assertThat(names(t, lang, source)).doesNotContain(outlet);
        // On another outlet's page the same wire or agency is cited, hence an entity (corpus convention).
        assertThat(names(t, lang, "Some Other Site")).contains(outlet);
    }

    @Test
    void thePublisherNamedAsAnActorStays() {
        assertThat(names("Reuters could not independently verify the reports of shelling.", "en", "Reuters"))
                .contains("ORG:Reuters");
        assertThat(names("ذكرت وكالة سانا أن الجيش تقدم في الريف الشمالي", "ar", "SANA"))
                .contains("ORG:Syrian Arab News Agency");
        assertThat(names("Власти Киева запретили аккредитацию ТАСС на пресс-конференции.", "ru", "ТАСС"))
                .contains("ORG:TASS");
        // An outlet given as a host name is recognised too; an unknown outlet changes nothing.
        assertThat(names("A diplomat told Reuters the vote was delayed.", "en", "www.reuters.com"))
                .doesNotContain("ORG:Reuters");
        assertThat(names("A diplomat told Reuters the vote was delayed.", "en", null)).contains("ORG:Reuters");
    }
    @Test
    void aGenericAliasInsideALongerNameNamesNothing() {
        assertThat(names("Delegates of the Libyan National Reconciliation Congress gathered in Ghadames.", "en"))
                .doesNotContain("ORG:United States Congress").contains("LOCATION:Ghadames");
        assertThat(names("The Congress of Vienna redrew the map.", "en")).doesNotContain("ORG:United States Congress");
        assertThat(names("Leaders of the Southern Movement Security Council gathered again in Aden.", "en"))
                .doesNotContain("ORG:United Nations Security Council");
        // Alone, after a sentence-initial article, or followed by another capitalised word, it is the body.
        assertThat(names("Congress voted on the aid package on Tuesday.", "en")).contains("ORG:United States Congress");
        assertThat(names("The Security Council Resolution was adopted.", "en"))
                .contains("ORG:United Nations Security Council");
        assertThat(names("Members of the Security Council met on Monday.", "en"))
                .contains("ORG:United Nations Security Council");
        assertThat(names("Syria Truce Due At Midnight As Security Council Votes To Back It", "en"))
                .contains("ORG:United Nations Security Council");
    }
    @Test
    void aTitleFollowedByAnInstitutionNounGivesNoPerson() {
        assertThat(names("وقال رئيس لجنة مراقبة وقف إطلاق النار إن الخروقات تراجعت", "ar"))
                .noneMatch(n -> n.startsWith("PERSON:"));
        assertThat(names("واستقبل رئيس مجلس النواب الوفد الأممي", "ar")).noneMatch(n -> n.startsWith("PERSON:"));
        assertThat(names("وأكد رئيس هيئة الأركان أن القوات انسحبت", "ar")).noneMatch(n -> n.startsWith("PERSON:"));
        // A name after the title is still taken as written.
        assertThat(names("وقال الجنرال كارل يوهانسون إن الطرفين التزما", "ar")).contains("PERSON:كارل يوهانسون");
    }
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Talks opened in the Belarussian capital on Thursday           | LOCATION:Belarus
        en | Iranian nuclear program talks resumed in Vienna                | LOCATION:Iran
        fr | l'ambassadrice américaine a quitté la salle                    | LOCATION:United States
        fr | les inspecteurs visitent le programme nucléaire iranien        | LOCATION:Iran
        fr | la diplomatie turque a salué la trêve                          | LOCATION:Turkey
        fr | les autorités iraniennes ont démenti                           | LOCATION:Iran
        fr | les frappes russes ont repris                                  | LOCATION:Russia
        ru | белорусская столица примет переговоры                          | LOCATION:Belarus
        ru | с турецкими военными договорились                              | LOCATION:Turkey
        ar | وصل الوفد إلى العاصمة البيلاروسية                              | LOCATION:Belarus
        """)
    void readsDemonymsInEveryGenderNumberAndCase(String lang, String text, String expected) {
        assertThat(names(text, lang)).contains(expected);
    }

    @Test
    void generatesFrenchFeminineAndPluralForms() {
        assertThat(Inflections.adjective("turc", "fr")).contains("turque", "turques", "turcs");
        assertThat(Inflections.adjective("grec", "fr")).contains("grecque", "grecs");
        assertThat(Inflections.adjective("iranien", "fr")).contains("iranienne", "iraniens", "iraniennes");
        assertThat(Inflections.adjective("américain", "fr")).contains("américaine", "américains", "américaines");
    }
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | le ministère kazakh des Affaires étrangères a convoqué l'ambassadeur | Ministry of Foreign Affairs (Kazakhstan)
        fr | selon le ministère des Affaires étrangères du Kazakhstan             | Ministry of Foreign Affairs (Kazakhstan)
        ru | В МИД Азербайджана заявили о провокации                               | Ministry of Foreign Affairs (Azerbaijan)
        ru | Представитель МИДа Армении ответил                                    | Ministry of Foreign Affairs (Armenia)
        ru | Минобороны Армении сообщило об обстреле                               | Ministry of Defence (Armenia)
        en | The Jordanian Foreign Ministry condemned the raid                     | Ministry of Foreign Affairs (Jordan)
        en | Kenya's Defence Ministry denied the report                            | Ministry of Defence (Kenya)
        ar | وأعلنت وزارة الخارجية الأردنية ترحيبها بالاتفاق                        | Ministry of Foreign Affairs (Jordan)
        ar | وقالت الخارجية الكويتية في بيان                                       | Ministry of Foreign Affairs (Kuwait)
        ar | وأكدت وزارة الدفاع الجزائرية                                          | Ministry of Defence (Algeria)
        """)
    void generatesEveryStatesMinistriesFromItsNamesAndDemonyms(String lang, String text, String ministry) {
        assertThat(names(text, lang)).contains("ORG:" + ministry);
    }

    @Test
    void aGeneratedMinistryAlsoNamesItsStateAndKeepsTheTypedTitles() {
        assertThat(names("The Jordanian Foreign Ministry condemned the raid", "en")).contains("LOCATION:Jordan");
        assertThat(names("The French foreign ministry said", "en")).contains("ORG:Ministry for Europe and Foreign Affairs");
        assertThat(names("le ministère américain de la Défense", "fr")).contains("ORG:United States Department of Defense");
    }
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | la Manul a salué la reprise du dialogue                                       | United Nations Support Mission in Libya
        fr | la Mission d'appui des Nations unies en Libye a convoqué les délégations       | United Nations Support Mission in Libya
        fr | des casques bleus de la Finul ont été visés                                   | United Nations Interim Force in Lebanon
        fr | les inspecteurs de l'Agence internationale de l'énergie atomique sont arrivés | International Atomic Energy Agency
        fr | l'AIEA a publié un rapport                                                    | International Atomic Energy Agency
        fr | le Front de libération du peuple du Tigray a rejeté l'offre                   | Tigray People's Liberation Front
        ru | Миссия ООН по поддержке в Ливии выступила с заявлением                        | United Nations Support Mission in Libya
        ru | представитель Центра по примирению враждующих сторон сообщил                  | Russian Centre for Reconciliation of the Opposing Parties in Syria
        ar | أعلن مركز المصالحة الروسي في حميميم                                           | Russian Centre for Reconciliation of the Opposing Parties in Syria
        en | MINURSO patrols resumed near the berm                                         | United Nations Mission for the Referendum in Western Sahara
        en | fighters of the Popular Front for the Liberation of Palestine                 | Popular Front for the Liberation of Palestine
        """)
    void knowsTheUnSystemAndArmedGroupsInEveryLanguage(String lang, String text, String org) {
        assertThat(names(text, lang)).contains("ORG:" + org);
    }

    @Test
    void aPlaceInsideAnOrganisationNameIsNotAPlaceOfItsOwn() {
        assertThat(names("le Front de libération du peuple du Tigray a rejeté l'offre", "fr"))
                .doesNotContain("LOCATION:Tigray Region");
    }
}
