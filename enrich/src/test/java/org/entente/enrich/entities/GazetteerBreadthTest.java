package org.entente.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.enrich.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gazetteer's breadth beyond the first conflicts: places and people of many regions resolve in the four
 * languages, through Arabic clitics, Russian case endings and French forms, and common words stay unmatched.
 */
class GazetteerBreadthTest {
    private static final Gazetteer G = Gazetteer.load();
    private static final GazetteerEntityRecognizer R = GazetteerEntityRecognizer.load();

    private static List<String> names(String text, String lang) {
        return R.recognize(text, lang).stream().map(e -> e.type() + ":" + e.name()).toList();
    }

    @Test
    void peopleAndPlacesNumberThousands() {
        final long people = G.entries().values().stream().filter(e -> e.source().equals("people.tsv")).count();
        final long places = G.entries().values().stream().filter(e -> e.source().equals("places.tsv")).count();
        assertThat(people).isGreaterThan(1900);
        assertThat(places).isGreaterThan(1900);
        assertThat(G.entries().size()).isGreaterThan(4300);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ar | وصلت قافلة مساعدات إلى وسراقب ومعرة النعمان                  | LOCATION:Saraqib
        ar | اشتباكات عنيفة في ريف حلب الشمالي                         | LOCATION:Aleppo Governorate
        ar | سقطت قذيفة على بتلعفر غرب الموصل                            | LOCATION:Tal Afar
        ar | نزح الآلاف من مخيم زمزم قرب الفاشر                           | LOCATION:Zamzam camp
        ar | وصل الوفد إلى بسيئون ثم إلى المكلا                           | LOCATION:Seiyun
        ar | اقتحمت القوات مخيم جنين وطولكرم                              | LOCATION:Jenin refugee camp
        ar | استقبل الرئيس وزير الدفاع خلوصي أكار وجودت يلماز              | PERSON:Cevdet Yılmaz
        ar | أعلن ولي العهد الأمير الحسين بن عبد الله عن زيارة              | PERSON:Hussein, Crown Prince of Jordan
        en | Shelling hit Kostiantynivka and Druzhkivka overnight          | LOCATION:Kostiantynivka
        en | Drones struck the Engels air base and Morozovsk airfield      | LOCATION:Engels-2 (air base)
        en | Fighting spread to El Obeid and Kadugli in South Kordofan    | LOCATION:Kadugli
        en | The envoy met Ahmed Obeid bin Daghr in Riyadh                 | PERSON:Ahmed Obeid bin Daghr
        en | M23 rebels entered Rutshuru and Bunagana                      | LOCATION:Bunagana
        fr | des combats près de Tchernihiv et dans la région de Soumy     | LOCATION:Sumy Oblast
        fr | les forces ont repris Koupiansk et Balakliïa                  | LOCATION:Balakliia
        fr | le ministre Guido Westerwelle a rencontré son homologue      | PERSON:Guido Westerwelle
        fr | une attaque jihadiste près de Tillabéri, au Niger              | LOCATION:Tillabéri
        ru | обстрел Горловки и Макеевки                                   | LOCATION:Horlivka
        ru | эвакуация жителей в Полтавской области                        | LOCATION:Poltava Oblast
        ru | беспилотники атаковали Днепропетровскую область               | LOCATION:Dnipropetrovsk Oblast
        ru | встреча с Исметом Йылмазом в Анкаре                           | PERSON:İsmet Yılmaz
        ru | переговоры с Игорем Гиркиным не велись                        | PERSON:Igor Girkin
        ru | в Нахичевани прошли учения                                    | LOCATION:Nakhchivan Autonomous Republic
        en | Gangs attacked police stations in Cité Soleil and Croix-des-Bouquets | LOCATION:Croix-des-Bouquets
        fr | des insurgés ont attaqué Macomia et Mocímboa da Praia        | LOCATION:Macomia
        ru | беспорядки на севере Косова, в Звечане и Лепосавиче          | LOCATION:Leposavić
        ru | соглашение подписали в Баня-Луке и Сребренице                | LOCATION:Srebrenica
        ru | бои продолжаются у Эд-Дали                                   | LOCATION:Dhale
        ar | غارة إسرائيلية على بلدة ميس الجبل جنوب لبنان                 | LOCATION:Meiss El Jabal
        ar | اشتباكات عنيفة في مدينة صور                                  | LOCATION:Tyre, Lebanon
        ar | قصف على بلدة بريتال في البقاع                                | LOCATION:Brital
        en | Al-Shabaab fighters retreated from Jilib toward Barawe        | LOCATION:Barawe
        en | Nayib Bukele met Luis Abinader in Santo Domingo               | PERSON:Luis Abinader
        ru | президент Сальвадора Найиб Букеле заявил                      | PERSON:Nayib Bukele
        fr | le président guatémaltèque Bernardo Arévalo a déclaré         | PERSON:Bernardo Arévalo
        ar | التقى الرئيس الكولومبي بالرئيس دانيال نوبوا                  | PERSON:Daniel Noboa
        ru | делегация прибыла в Сан-Франциско накануне саммита            | LOCATION:San Francisco
        ru | Рубио заявил журналистам, что визит в Дели отложен            | PERSON:Marco Rubio
        ru | Рубио заявил журналистам, что визит в Дели отложен            | LOCATION:New Delhi
        ru | встреча с эмиром Тамимом бен Хамадом в Дохе                   | PERSON:Tamim bin Hamad Al Thani
        ar | وصلت الطائرات إلى قاعدة العديد الجوية في قطر                 | LOCATION:Al Udeid Air Base
        fr | des migrants sont arrivés à Lesbos et à Samos                 | LOCATION:Lesbos
        en | Chinese coast guard ships blocked Second Thomas Shoal          | LOCATION:Second Thomas Shoal
        ru | удар по Гаосюну не обсуждался, заявили в Тайбэе               | LOCATION:Kaohsiung
        """)
    void resolvesNewEntriesInEachLanguage(String lang, String text, String expected) {
        assertThat(names(text, lang)).contains(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ar | ولد في مدينة صغيرة وتعلم الخياطة                          | LOCATION
        ar | أقيمت الخيام على طول الطريق الأقصر إلى الحدود              | LOCATION
        ar | وقال القائم بالأعمال إن الشاحنات الداخلة تحمل الطحين        | LOCATION
        ru | Черноморские порты снова открыты для судов                   | LOCATION
        en | The safer route was chosen for the sake of the convoy         | LOCATION
        """)
    void commonWordsNameNoPlace(String lang, String text, String type) {
        assertThat(R.recognize(text, lang)).noneMatch(e -> e.type() == EntityType.valueOf(type));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ru | МИД Египта опроверг сообщения о переговорах                  | LOCATION:Midi, Yemen
        ru | Атака беспилотников была отражена ночью                       | LOCATION:Ataq
        ru | Думаю, что Дума примет закон до конца сессии                  | LOCATION:Douma
        ru | Дела обстоят сложнее, чем кажется                             | LOCATION:New Delhi
        ru | Там же прошла встреча делегаций                               | PERSON:Tamim bin Hamad Al Thani
        ru | Колонна военной техники двинулась к границе                   | PERSON:Catherine Colonna
        ru | Рубим этот узел сегодня, сказал он                            | PERSON:Marco Rubio
        ru | Делегация прибыла в Сан-Франциско накануне саммита            | LOCATION:Sanaa
        fr | Dans le Midi, les orages ont coupé les routes                  | LOCATION:Midi, Yemen
        ar | قرار يفتح الباب أمام الحوار ويزيل عقبة أمام السلام           | LOCATION:Al-Bab
        ar | قرار يفتح الباب أمام الحوار ويزيل عقبة أمام السلام           | LOCATION:Aqaba
        ar | تغير المشهد السياسي بحجة الأمن                                | LOCATION:Mashhad
        ar | تغير المشهد السياسي بحجة الأمن                                | LOCATION:Hajjah
        ar | نشرت صور الحصار البحري وأعلن قراره                           | LOCATION:Tyre, Lebanon
        ar | نشرت صور الحصار البحري وأعلن قراره                           | LOCATION:Bahri
        ar | نشرت صور الحصار البحري وأعلن قراره                           | LOCATION:Al-Qarara
        ar | وصل عناصر الخوذ البيضاء إلى حجر الزاوية في الميادين كافة      | LOCATION:Al Bayda Governorate
        ar | وصل عناصر الخوذ البيضاء إلى حجر الزاوية في الميادين كافة      | LOCATION:Zawiya
        ar | وصل عناصر الخوذ البيضاء إلى حجر الزاوية في الميادين كافة      | LOCATION:Al-Mayadin
        ar | قالت المتحدثة إن ساكي الأرز ليس من المواضيع                  | PERSON:Jen Psaki
        ar | قال المسؤول: الحمد لله على سلامة الجميع                      | PERSON:Rami Hamdallah
        ar | روى عبد الله بن عمر الحديث في المجلس                        | PERSON:Jamal Benomar
        ar | وقال إن ولد الشيخ سيد القبيلة                               | PERSON:Ismail Ould Cheikh Ahmed
        ar | وأكد العديد من المسؤولين أن البنوك مغلقة                      | LOCATION:Al Udeid Air Base
        ar | وأكد العديد من المسؤولين أن البنوك مغلقة                      | LOCATION:Nuuk
        en | Leaders of the Asia-Pacific region met the Atlantic Council    | LOCATION:Pacific Ocean
        ru | Потом Себя он не щадил, Куски металла упали                   | LOCATION:Poti
        ru | Потом Себя он не щадил, Куски металла упали                   | LOCATION:Cebu
        ru | Потом Себя он не щадил, Куски металла упали                   | LOCATION:Cusco
        """)
    void commonWordsAreNotTheseNames(String lang, String text, String absent) {
        assertThat(names(text, lang)).doesNotContain(absent);
    }
}
