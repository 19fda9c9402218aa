package org.entente.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class PublicationTimeTest {

    @Test
    void aDateAloneIsNoonInThePublishersZone() {
        final ZonedDateTime t = PublicationTime.parse("2016-09-10", "Asia/Damascus");
        assertThat(t.toString()).isEqualTo("2016-09-10T12:00+03:00[Asia/Damascus]");
    }

    @Test
    void aDatetimeWithOffsetKeepsItsInstantInThePublishersZone() {
        final ZonedDateTime t = PublicationTime.parse("2022-06-02T17:29:00+03:00", "Asia/Aden");
        assertThat(t.toString()).isEqualTo("2022-06-02T17:29+03:00[Asia/Aden]");
        assertThat(PublicationTime.parse("2016-09-10T06:00:00Z", "Asia/Damascus").getHour()).isEqualTo(9);
    }

    @Test
    void aLocalDatetimeIsInThePublishersZone() {
        assertThat(PublicationTime.parse("2016-01-26T08:00", "Europe/London").toString())
                .isEqualTo("2016-01-26T08:00Z[Europe/London]");
    }
}
