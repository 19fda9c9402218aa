package org.entente.quality;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * A corpus record's {@code published} in its publisher's zone {@code tz}. A date alone is taken at 12:00 local
 * time, the convention of the temporal corpus (its {@code ref} is the publication day at noon): noon keeps
 * "today" on the right day whatever the offset. A datetime with an offset keeps its instant; one without is local.
 */
public final class PublicationTime {

    public static final LocalTime DATE_ONLY_TIME = LocalTime.NOON;

    private PublicationTime() {}

    public static ZonedDateTime parse(String published, String tz) {
        if (published == null || published.isBlank()) {
            throw new IllegalArgumentException("no published time");
        }
        final ZoneId zone = tz == null || tz.isBlank() ? null : ZoneId.of(tz);
        final String p = published.trim();
        if (p.length() == 10) {
            final LocalDateTime noon = LocalDate.parse(p).atTime(DATE_ONLY_TIME);
            return noon.atZone(zone == null ? ZoneId.of("UTC") : zone);
        }
        try {
            final OffsetDateTime odt = OffsetDateTime.parse(p);
            return zone == null ? odt.toZonedDateTime() : odt.atZoneSameInstant(zone);
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(p).atZone(zone == null ? ZoneId.of("UTC") : zone);
        }
    }
}
