package org.entente.ingest.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads machine-written dates as pages give them in metadata: ISO 8601 with or without offset or seconds, a
 * space instead of T, offsets without a colon, RFC 1123, epoch seconds. A date without a time is placed at
 * 12:00 UTC, which is the same calendar day in every zone from UTC-11 to UTC+11; a time without an offset is
 * taken as UTC.
 */
final class DateParsing {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|UTC|GMT)?)?");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}(\\d{3})?");

    private DateParsing() {}

    static Optional<ZonedDateTime> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        final String s = raw.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            final Matcher m = ISO.matcher(s);
            if (m.find()) {
                final LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                if (m.group(4) == null) {
                    return plausible(ZonedDateTime.of(date, LocalTime.NOON, ZoneOffset.UTC));
                }
                final LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return plausible(ZonedDateTime.of(LocalDateTime.of(date, time), offset(m.group(7))));
            }
            if (EPOCH.matcher(s).matches()) {
                final long v = Long.parseLong(s);
                final Instant i = s.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
                return plausible(i.atZone(ZoneOffset.UTC));
            }
            return plausible(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String z) {
        if (z == null || z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        final String digits = z.replace(":", "");
        final int sign = digits.charAt(0) == '-' ? -1 : 1;
        final int hours = Integer.parseInt(digits.substring(1, 3));
        final int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** News is not published before the web or centuries ahead: such values are template junk. */
    private static Optional<ZonedDateTime> plausible(ZonedDateTime t) {
        return t.getYear() >= 1990 && t.getYear() <= 2100 ? Optional.of(t) : Optional.empty();
    }
}
