package org.entente.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineExtractorTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "ar|جنيف-سانا|جنيف|سانا|-",
        "ar|دمشق - سانا - أكد وزير الخارجية أن الحل سياسي|دمشق|سانا|-",
        "ar|القاهرة (رويترز) - قال مسؤولون إن الهدنة صامدة|القاهرة|رويترز|-",
        "en|GENEVA (Reuters) - The United States and Russia agreed|GENEVA|Reuters|-",
        "en|GENEVA, Sept 10 (Reuters) - The United States and Russia agreed|GENEVA|Reuters|09-10",
        "en|UNITED NATIONS (AP) — The Security Council voted|UNITED NATIONS|AP|-",
        "en|WASHINGTON — The Senate voted on Tuesday|WASHINGTON|-|-",
        "en|Amman, 28 October 2021 – The Special Envoy concluded|Amman|-|10-28",
        "fr|PARIS (AFP) - Le maréchal Haftar a annoncé|PARIS|AFP|-",
        "ru|МОСКВА, 12 сентября. /ТАСС/. Министр иностранных дел|МОСКВА|ТАСС|09-12",
        "ru|МОСКВА, 22 мар — РИА Новости. Постпред России|МОСКВА|РИА Новости|03-22",
        "ru|АСТАНА, 23 января. Делегации правительства|АСТАНА|-|01-23",
    })
    void readsTheDatelineOfEachLanguagesWireStyle(String lang, String paragraph, String place, String agency, String monthDay) {
        final Optional<DatelineExtractor.Dateline> d = DatelineExtractor.find(List.of(paragraph), lang);
        assertThat(d).isPresent();
        assertThat(d.get().place()).isEqualTo(place);
        assertThat(d.get().agency()).isEqualTo(agency);
        assertThat(d.get().date()).isEqualTo(monthDay == null ? null : MonthDay.parse("--" + monthDay));
        assertThat(d.get().ruleId()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The United States and Russia agreed on Saturday on a plan to bring peace to Syria.",
        "en|In Geneva, the ministers met for fourteen hours.",
        "fr|Le cessez-le-feu est entré en vigueur à midi.",
        "ru|Министр иностранных дел России провел переговоры.",
        "ar|أعلن وزير الخارجية الروسي التوصل إلى اتفاق لتعزيز وقف الأعمال القتالية",
    })
    void findsNoDatelineInAnOrdinaryOpeningSentence(String lang, String paragraph) {
        assertThat(DatelineExtractor.find(List.of(paragraph), lang)).isEmpty();
    }

    @Test
    void placesADatelineDayInTheLatestYearNotAfterTheFetch() {
        final DatelineExtractor.Dateline dec31 = new DatelineExtractor.Dateline("GENEVA", null, MonthDay.of(12, 31), null, "t");
        assertThat(PageParser.datelineDate(dec31, Instant.parse("2017-01-02T08:00:00Z")).toLocalDate()).hasToString("2016-12-31");
        final DatelineExtractor.Dateline sep10 = new DatelineExtractor.Dateline("GENEVA", null, MonthDay.of(9, 10), null, "t");
        assertThat(PageParser.datelineDate(sep10, Instant.parse("2016-09-10T08:00:00Z")).toLocalDate()).hasToString("2016-09-10");
        assertThat(PageParser.datelineDate(sep10, null)).isNull();
        final DatelineExtractor.Dateline withYear = new DatelineExtractor.Dateline("Amman", null, MonthDay.of(10, 28), 2021, "t");
        assertThat(PageParser.datelineDate(withYear, null).toLocalDate()).hasToString("2021-10-28");
    }
}
