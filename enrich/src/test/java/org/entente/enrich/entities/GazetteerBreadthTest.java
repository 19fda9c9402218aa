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
        assertThat(people).isGreaterThan(1500);
        assertThat(places).isGreaterThan(1400);
        assertThat(G.entries().size()).isGreaterThan(3500);
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
}
