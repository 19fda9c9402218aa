package org.entente.enrich.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import org.entente.enrich.model.TimeKind;

/**
 * Turns the slots of one expression into a value (spec/extraction.md section 2): calendar dates, weekdays in the
 * direction of the sentence's tense, relative days, "midnight X" (the midnight that ends X), clock times in the zone
 * the text names or else the publisher's zone on that date, ISO-8601 durations in the unit of the text.
 */
final class TimeResolver {

    /** What the resolver needs from the surrounding text. */
    record Context(ZonedDateTime reference, int direction, LocalDate anchor) {}

    record Resolved(TimeKind kind, String value) {}

    private TimeResolver() {}

    static Resolved resolve(Candidate c, Context ctx) {
        if (c.isDuration() || (c.has("shift") && unitLetter(c.get("unit")).matches("H|MIN"))) {
            return duration(c); // "in 48 hours" is a stretch of time, not a day
        }
        if (c.isModifierOnly()) {
            return null;
        }
        LocalDate refDate = ctx.reference().toLocalDate();
        DatePart date = date(c, ctx, refDate);
        if (date == null && c.hasDatePart()) {
            return null; // it claimed a date we cannot build (31 February, bad weekday)
        }
        boolean midnight = c.has("midnight");
        if (midnight || c.has("hour") || c.has("noon")) {
            if (date != null && date.partial != null) {
                return null;
            }
            LocalDate day = date != null ? date.day : ctx.anchor() != null ? ctx.anchor() : refDate;
            int hour;
            int minute;
            if (midnight) {
                // "midnight Sunday" ends Sunday; "полночь на субботу" (into Saturday) names the day it starts.
                // Zero hour ("الساعة صفر من يوم الجمعة") opens the day it is given, else the coming one.
                boolean into = "into".equals(c.get("midnight"))
                        || ("zero".equals(c.get("midnight")) && (date != null || ctx.anchor() != null));
                if (date == null && !into && ctx.anchor() == null && ctx.direction() <= 0) {
                    into = true; // a bare "midnight" in a past-tense (or untensed) sentence: the one that began the day
                }
                day = into ? day : day.plusDays(1);
                hour = 0;
                minute = 0;
            } else if (!c.has("hour")) {
                hour = 12;
                minute = 0;
            } else {
                hour = adjustHour(c.getInt("hour", 0), c.get("period"));
                minute = c.getInt("minute", 0);
                if (hour > 24 || minute > 59 || (hour == 24 && minute > 0)) {
                    return null;
                }
                if (hour == 24) {
                    day = day.plusDays(1);
                    hour = 0;
                }
            }
            ZoneId zone = c.has("zone") ? zoneOf(c.get("zone"), ctx.reference().getZone()) : ctx.reference().getZone();
            LocalDateTime ldt = day.atTime(hour, minute);
            ZoneOffset offset = zone.getRules().getOffset(ldt);
            return new Resolved(TimeKind.TIME, ldt.toString().substring(0, 16) + offsetText(offset));
        }
        if (date == null) {
            return null;
        }
        return new Resolved(TimeKind.DATE, date.partial != null ? date.partial : date.day.toString());
    }

    /** A full day, or a partial value ({@code YYYY-MM}, {@code YYYY}) when the text gives less. */
    private record DatePart(LocalDate day, String partial) {}

    private static DatePart date(Candidate c, Context ctx, LocalDate ref) {
        if (c.has("hmonth") || c.has("hyear")) {
            return hijri(c, ref);
        }
        if (c.has("shift")) {
            int n = c.getInt("amount", unitCount(c.get("unit"))) * Integer.parseInt(c.get("shift").replace("+", ""));
            String unit = unitLetter(c.get("unit"));
            LocalDate d = switch (unit) {
                case "D" -> ref.plusDays(n);
                case "W" -> ref.plusWeeks(n);
                case "M" -> ref.plusMonths(n);
                case "Y" -> ref.plusYears(n);
                default -> null;
            };
            return d == null ? null : new DatePart(d, null);
        }
        if (c.has("month") || c.has("day") || c.has("monthdir")) {
            return calendar(c, ref);
        }
        if (c.has("yeardir")) {
            return new DatePart(null, String.format("%04d", ref.getYear() + c.getInt("yeardir", 0)));
        }
        if (c.has("year")) {
            return new DatePart(null, String.format("%04d", c.getInt("year", 0)));
        }
        if (c.has("rel")) {
            // Reported speech: "tomorrow" in a statement made on another day counts from that day; a weekday
            // given with it ("اليوم الأحد") settles which of the two days is meant.
            int rel = c.getInt("rel", 0);
            LocalDate fromRef = ref.plusDays(rel);
            if (ctx.anchor() == null) {
                return new DatePart(fromRef, null);
            }
            LocalDate fromStatement = ctx.anchor().plusDays(rel);
            if (c.has("weekday")) {
                int wd = c.getInt("weekday", 0);
                return new DatePart(fromStatement.getDayOfWeek().getValue() == wd ? fromStatement : fromRef, null);
            }
            return new DatePart(fromStatement, null);
        }
        if (c.has("weekday")) {
            return new DatePart(weekday(c.getInt("weekday", 1), c.has("dir") ? c.getInt("dir", 0) : null,
                    ctx.direction(), ref), null);
        }
        return null;
    }

    private static DatePart calendar(Candidate c, LocalDate ref) {
        Integer month = c.has("month") ? c.getInt("month", 0) : null;
        Integer year = c.has("year") ? normalizeYear(c.getInt("year", 0)) : null;
        if (month == null) {
            // A bare day of month: this month, or the month "next month" / "last month" names.
            LocalDate m = ref.withDayOfMonth(1).plusMonths(c.getInt("monthdir", 0));
            month = m.getMonthValue();
            year = year == null ? m.getYear() : year;
        }
        if (month < 1 || month > 12) {
            return null;
        }
        if (!c.has("day")) {
            int y = year != null ? year : ref.getYear();
            if (year == null && c.has("monthdir")) {
                y = yearForMonthDirection(month, 1, c.getInt("monthdir", 0), ref);
            }
            return new DatePart(null, String.format("%04d-%02d", y, month));
        }
        int day = c.getInt("day", 0);
        if (year == null) {
            if (c.has("monthdir") && c.has("month")) {
                year = yearForMonthDirection(month, day, c.getInt("monthdir", 0), ref);
            } else {
                year = nearestYear(month, day, c.has("weekday") ? c.getInt("weekday", 0) : 0, ref);
                if (year == null) {
                    return null;
                }
            }
        }
        if (day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return new DatePart(LocalDate.of(year, month, day), null);
    }

    private static int normalizeYear(int y) {
        if (y < 100) {
            return y < 50 ? 2000 + y : 1900 + y;
        }
        return y;
    }

    /** "مارس المقبل" is the next March after the reference, "مارس الماضي" the last one before it, "الجاري" this one. */
    private static int yearForMonthDirection(int month, int day, int dir, LocalDate ref) {
        int y = ref.getYear();
        if (dir > 0 && month < ref.getMonthValue()) {
            return y + 1;
        }
        if (dir < 0 && month > ref.getMonthValue()) {
            return y - 1;
        }
        return y;
    }

    /** The year that puts day/month nearest the reference (and on the stated weekday when one is given). */
    private static Integer nearestYear(int month, int day, int weekday, LocalDate ref) {
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (day < 1 || day > java.time.YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            long distance = Math.abs(d.toEpochDay() - ref.toEpochDay());
            if (weekday > 0 && d.getDayOfWeek().getValue() == weekday) {
                distance -= 400; // the weekday the text gives settles the year
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = y;
            }
        }
        return best;
    }

    /**
     * A weekday: with next/last (dir ±1) strictly after/before the reference; with "this" (0) the coming one, today
     * included; bare, the publication day itself if it is that day, else in the direction of the sentence's tense,
     * or with no tense ({@link TenseCues#UNMARKED}) the nearest such day (at most three days away).
     */
    static LocalDate weekday(int weekday, Integer dir, int tense, LocalDate ref) {
        DayOfWeek dow = DayOfWeek.of(weekday);
        if (dir == null) {
            if (ref.getDayOfWeek() == dow) {
                return ref;
            }
            dir = tense;
            if (dir == TenseCues.UNMARKED) {
                int ahead = (weekday - ref.getDayOfWeek().getValue() + 7) % 7;
                dir = ahead <= 3 ? 1 : -1;
            }
        }
        if (dir > 0) {
            return ref.with(TemporalAdjusters.next(dow));
        }
        if (dir < 0) {
            return ref.with(TemporalAdjusters.previous(dow));
        }
        return ref.with(TemporalAdjusters.nextOrSame(dow));
    }

    private static DatePart hijri(Candidate c, LocalDate ref) {
        HijrahDate refH = HijrahDate.from(ref);
        int year = c.has("hyear") ? c.getInt("hyear", 0) : refH.get(ChronoField.YEAR);
        int month = c.has("hmonth") ? c.getInt("hmonth", 0) : refH.get(ChronoField.MONTH_OF_YEAR);
        if (!c.has("day")) {
            return null;
        }
        try {
            return new DatePart(LocalDate.from(HijrahDate.of(year, month, c.getInt("day", 0))), null);
        } catch (java.time.DateTimeException e) {
            return null; // outside the JDK's Umm al-Qura table, or no such day
        }
    }

    private static int adjustHour(int hour, String period) {
        if (period == null) {
            return hour;
        }
        return switch (period) {
            case "am" -> hour == 12 ? 0 : hour;
            case "pm" -> hour < 12 ? hour + 12 : hour;
            case "afternoon" -> hour >= 1 && hour <= 7 ? hour + 12 : hour;
            case "night" -> hour == 12 ? 0 : (hour >= 6 && hour < 12 ? hour + 12 : hour);
            default -> hour;
        };
    }

    private static Resolved duration(Candidate c) {
        String unit = c.get("unit");
        int n = c.getInt("amount", unitCount(unit));
        if (n <= 0) {
            return null;
        }
        String value = switch (unitLetter(unit)) {
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            case "D" -> "P" + n + "D";
            case "W" -> "P" + n + "W";
            case "M" -> "P" + n + "M";
            case "Y" -> "P" + n + "Y";
            default -> null;
        };
        return value == null ? null : new Resolved(TimeKind.DURATION, value);
    }

    /** A unit value may carry its own count: Arabic duals ("يومين" = {@code 2D}). */
    private static int unitCount(String unit) {
        int i = 0;
        while (i < unit.length() && Character.isDigit(unit.charAt(i))) {
            i++;
        }
        return i == 0 ? 1 : Integer.parseInt(unit.substring(0, i));
    }

    private static String unitLetter(String unit) {
        int i = 0;
        while (i < unit.length() && Character.isDigit(unit.charAt(i))) {
            i++;
        }
        return unit.substring(i);
    }

    private static ZoneId zoneOf(String zone, ZoneId publisher) {
        if (zone.equals("local")) {
            return publisher;
        }
        return zone.startsWith("+") || zone.startsWith("-") ? ZoneOffset.of(zone) : ZoneId.of(zone);
    }

    static String offsetText(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
    }
}
