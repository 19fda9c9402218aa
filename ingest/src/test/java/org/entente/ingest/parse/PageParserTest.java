package org.entente.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PageParserTest {

    private final PageParser parser = new PageParser();

    static byte[] page(String name) throws IOException {
        try (InputStream in = PageParserTest.class.getResourceAsStream("/pages/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void readsAnIso88596ArabicPageByItsMetaDeclaration() throws Exception {
        final ParsedPage p = parser.parse(page("ar-watan-iso-8859-6.html"), "text/html", null);
        assertThat(p.lang()).isEqualTo("ar");
        assertThat(p.headline()).isEqualTo("مجلس الامن يعقد جلسة طارئة حول اليمن");
        assertThat(p.source()).isEqualTo("صحيفة الوطن");
        assertThat(p.canonicalUrl()).isEqualTo("https://alwatan.example/news/2019/03/14/security-council-yemen");
        assertThat(p.paragraphs()).hasSize(4);
        assertThat(p.paragraphs().get(1)).startsWith("يعقد مجلس الامن الدولي جلسة طارئة يوم الجمعة المقبل");
        assertThat(p.body()).doesNotContain("الرئيسية", "اخبار ذات صلة", "التعليقات", "فيسبوك", "جميع الحقوق");
        assertThat(p.dateline()).isEqualTo("نيويورك");
        assertThat(p.publishedSource()).isEqualTo("URL");
        assertThat(p.published().toLocalDate()).hasToString("2019-03-14");
    }

    @Test
    void detectsWindows1256WhenAnArabicPageDeclaresNoCharset() throws Exception {
        final ParsedPage p = parser.parse(page("ar-watan-windows-1256-undeclared.html"), null, null);
        assertThat(p.headline()).isEqualTo("مجلس الامن يعقد جلسة طارئة حول اليمن");
        assertThat(p.body()).contains("وقال دبلوماسيون في الامم المتحدة");
        assertThat(p.lang()).isEqualTo("ar");
    }

    @Test
    void readsAWindows1251RussianPageWithTassDateline() throws Exception {
        final ParsedPage p = parser.parse(page("ru-novosti-windows-1251.html"), "text/html", null);
        assertThat(p.lang()).isEqualTo("ru");
        assertThat(p.headline()).isEqualTo("Лавров и Керри обсудили перемирие в Сирии");
        assertThat(p.source()).isEqualTo("Новости дня");
        assertThat(p.author()).isEqualTo("Иван Петров");
        assertThat(p.dateline()).isEqualTo("МОСКВА");
        assertThat(p.published()).isEqualTo(ZonedDateTime.parse("2016-09-12T14:30:00+03:00"));
        assertThat(p.publishedSource()).isEqualTo("META");
        assertThat(p.paragraphs()).hasSize(3);
        assertThat(p.body()).doesNotContain("Читайте также", "Поделиться", "Главная", "права защищены");
    }

    @Test
    void detectsKoi8RWhenARussianPageDeclaresNoCharset() throws Exception {
        final ParsedPage p = parser.parse(page("ru-astana-koi8-r-undeclared.html"), null, null);
        assertThat(p.lang()).isEqualTo("ru");
        assertThat(p.headline()).isEqualTo("Переговоры в Астане продолжатся во вторник");
        assertThat(p.paragraphs()).first().asString().startsWith("АСТАНА, 23 января. Делегации правительства");
        assertThat(p.dateline()).isEqualTo("АСТАНА");
        assertThat(p.body()).doesNotContain("Архив", "Контакты");
        assertThat(p.published()).isNull();
    }

    @Test
    void readsAnEnglishWirePageWithJsonLdAndDropsItsFurniture() throws Exception {
        final ParsedPage p = parser.parse(page("en-reuters-utf8.html"), "text/html; charset=utf-8",
                "https://www.reuters.example/world/x");
        assertThat(p.headline()).isEqualTo("U.S., Russia agree on Syria truce starting Monday");
        assertThat(p.source()).isEqualTo("Reuters");
        assertThat(p.lang()).isEqualTo("en");
        assertThat(p.canonicalUrl()).isEqualTo("https://www.reuters.example/article/us-mideast-crisis-syria-idUSKCN11G0A1");
        assertThat(p.published()).isEqualTo(ZonedDateTime.parse("2016-09-10T01:12:00-04:00"));
        assertThat(p.publishedSource()).isEqualTo("JSON_LD");
        assertThat(p.author()).isEqualTo("Lesley Wroughton");
        assertThat(p.dateline()).isEqualTo("GENEVA");
        assertThat(p.paragraphs()).hasSize(4);
        assertThat(p.paragraphs().get(0)).startsWith("GENEVA (Reuters) - The United States and Russia agreed");
        assertThat(p.body()).doesNotContain("Advertisement", "Related Coverage", "Most popular", "great news",
                "Reporting by", "Facebook", "Privacy");
    }

    @Test
    void readsAFrenchPageWithAfpDatelineAndDropsLireAussi() throws Exception {
        final ParsedPage p = parser.parse(page("fr-afp-utf8.html"), "text/html", null);
        assertThat(p.headline()).isEqualTo("Libye: le maréchal Haftar accepte un cessez-le-feu");
        assertThat(p.lang()).isEqualTo("fr");
        assertThat(p.source()).isEqualTo("Le Journal");
        assertThat(p.dateline()).isEqualTo("PARIS");
        assertThat(p.published()).isEqualTo(ZonedDateTime.parse("2020-01-11T21:40:00+01:00"));
        assertThat(p.paragraphs()).hasSize(3);
        assertThat(p.body()).doesNotContain("Lire aussi", "Partager", "Sur le même sujet", "Accueil");
    }

    @Test
    void extractsTheSeedArticleFromASanaLikePageWithoutItsTrailingBlurbs() throws Exception {
        final Path corpus = Path.of("..", "..", "shared", "corpus", "dev-news.jsonl");
        final Path local = Path.of("..", "shared", "corpus", "dev-news.jsonl");
        final Path file = Files.exists(local) ? local : corpus;
        Assumptions.assumeTrue(Files.exists(file), "../shared/corpus/dev-news.jsonl absent: cannot build the SANA-like page");
        final JsonNode seed = new ObjectMapper().readTree(Files.readAllLines(file, StandardCharsets.UTF_8).get(0));
        final List<String> paragraphs = List.of(seed.get("text").asText().split("\n\n"));
        final String html = new String(page("ar-sana-template.html"), StandardCharsets.UTF_8)
                .replace("{{TITLE}}", seed.get("title").asText())
                .replace("{{PARAGRAPHS}}", paragraphs.stream().map(p -> "<p>" + p + "</p>").collect(Collectors.joining("\n")));
        // Served as SANA's older pages were: windows-1256, no charset declared anywhere.
        final Charset cp1256 = Charset.forName("windows-1256");
        final byte[] bytes = html.getBytes(cp1256);

        final ParsedPage p = parser.parse(bytes, "text/html", null);

        assertThat(p.paragraphs()).containsExactlyElementsOf(roundTrip(paragraphs, cp1256));
        assertThat(p.headline()).isEqualTo(roundTrip(List.of(seed.get("title").asText()), cp1256).get(0));
        assertThat(p.body()).doesNotContain("تيلغرام", "فيسبوك", "انظر ايضاً", "المعلم يبحث");
        assertThat(p.dateline()).isEqualTo("جنيف");
        assertThat(p.lang()).isEqualTo("ar");
        assertThat(p.source()).isEqualTo("الوكالة العربية السورية للأنباء");
        assertThat(p.published()).isEqualTo(ZonedDateTime.parse("2016-09-10T09:00:00+03:00"));
    }

    /** What survives a round trip through a charset (windows-1256 has no code for a few typographic marks). */
    private static List<String> roundTrip(List<String> texts, Charset cs) {
        final List<String> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new String(t.getBytes(cs), cs).replaceAll("[\\s\\u00A0]+", " ").strip());
        }
        return out;
    }

    @Test
    void datesAPageByItsDatelineWhenNothingElseDatesItAndTrustsDetectionOverAWrongLangAttribute() throws Exception {
        final String html = "<html lang=\"en\"><head><title>Truce</title></head><body><article>"
                + "<p>МОСКВА, 12 сентября. /ТАСС/. Министр иностранных дел России Сергей Лавров провел телефонный разговор"
                + " с государственным секретарем США Джоном Керри, сообщили в МИД.</p>"
                + "<p>Стороны обсудили ход выполнения договоренностей, достигнутых в Женеве.</p></article></body></html>";
        final ParsedPage p = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", null, null,
                java.time.Instant.parse("2016-09-13T10:00:00Z"));
        assertThat(p.lang()).isEqualTo("ru");
        assertThat(p.publishedSource()).isEqualTo("DATELINE");
        assertThat(p.published().toLocalDate()).hasToString("2016-09-12");
    }

    @Test
    void prefersTheBytesOverAFalseCharsetDeclaration() throws Exception {
        final byte[] cp1251 = page("ru-novosti-windows-1251.html");
        final ParsedPage p = parser.parse(cp1251, "text/html; charset=utf-8", null);
        assertThat(p.headline()).isEqualTo("Лавров и Керри обсудили перемирие в Сирии");
    }

    @Test
    void rejectsWhatIsNotAnArticleWithAReason() {
        assertThatThrownBy(() -> parser.parse(new byte[0], null, null))
                .extracting(e -> ((PageRejectedException) e).reason()).isEqualTo(RejectReason.EMPTY);
        assertThatThrownBy(() -> parser.parse(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0}, null, null))
                .extracting(e -> ((PageRejectedException) e).reason()).isEqualTo(RejectReason.NOT_HTML);
        assertThatThrownBy(() -> parser.parse("<html><body><script>var a=1;</script></body></html>"
                .getBytes(StandardCharsets.UTF_8), null, null))
                .extracting(e -> ((PageRejectedException) e).reason()).isEqualTo(RejectReason.NO_ARTICLE_TEXT);
        assertThatThrownBy(() -> parser.parse("{\"a\":1}".getBytes(StandardCharsets.UTF_8), "application/json", null))
                .extracting(e -> ((PageRejectedException) e).reason()).isEqualTo(RejectReason.NOT_HTML);
    }

    @Test
    void stripsTheSiteNameFromEitherEndOfATitle() {
        assertThat(PageMetadata.stripSiteName("Truce holds | Reuters", "Reuters", null)).isEqualTo("Truce holds");
        assertThat(PageMetadata.stripSiteName("Le Monde - La trêve tient", "Le Monde", null)).isEqualTo("La trêve tient");
        assertThat(PageMetadata.stripSiteName("Truce holds - Daily Star", null, "dailystar.com.lb")).isEqualTo("Truce holds");
        assertThat(PageMetadata.stripSiteName("Syria - the truce holds", "Reuters", null)).isEqualTo("Syria - the truce holds");
    }
}
