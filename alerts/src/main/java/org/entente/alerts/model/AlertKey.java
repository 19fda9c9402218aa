package org.entente.alerts.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.schemas.avro.StatementRecord;

/**
 * The identity of an alert: normalised (type, place, date), plus the resolution number for RESOLUTION_ADOPTED.
 * Reports of one event by any outlet, in any language, map to the same key.
 *
 * <p>The id reads {@code type:place:date[:resolution]}, e.g. {@code ceasefire_start:syria:2016-09-12}; its first two
 * parts ({@link #groupId()}) name the (type, place) group that one stream task owns, so that a report with another
 * date for the same group can be linked to the earlier alert as a possible revision.
 */
public record AlertKey(String type, String place, LocalDate date, String resolution) {
    /** Stands for "no place given" in ids. A slug is never a bare dash. */
    public static final String NO_PLACE = "-";
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern TYPE_CHARS = Pattern.compile("[^A-Z0-9_]+");

    public AlertKey {
        type = TYPE_CHARS.matcher(type.trim().toUpperCase(Locale.ROOT)).replaceAll("_");
        final String slug = Names.slug(place);
        place = slug.isEmpty() ? NO_PLACE : slug;
        resolution = resolution == null || resolution.isBlank() ? null : resolution;
    }

    /**
     * The key a statement belongs to; empty when its date is not a full day ("a statement without a resolvable day
     * raises no alert").
     */
    public static Optional<AlertKey> of(final StatementRecord statement) {
        final LocalDate day;
        try {
            day = LocalDate.parse(statement.getDate().trim());
        } catch (final DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
        if (statement.getType() == null || statement.getType().isBlank()) {
            return Optional.empty();
        }
        final String type = statement.getType().trim().toUpperCase(Locale.ROOT);
        final String resolution = "RESOLUTION_ADOPTED".equals(type) ? resolutionNumber(statement.getResolution()) : null;
        return Optional.of(new AlertKey(type, statement.getPlace(), day, resolution));
    }

    /** "UNSC Resolution 2254", "S/RES/2254 (2015)", "2254" -> "2254": the first run of digits. */
    static String resolutionNumber(final String resolution) {
        if (resolution == null) {
            return null;
        }
        final Matcher m = DIGITS.matcher(resolution);
        return m.find() ? m.group() : null;
    }

    /** The (type, place) group, e.g. {@code ceasefire_start:syria}. */
    public String groupId() {
        return type.toLowerCase(Locale.ROOT) + ":" + place;
    }

    public String id() {
        return groupId() + ":" + date + (resolution == null ? "" : ":" + resolution);
    }

    /** The group part of an alert id: everything before the second ':'. */
    public static String groupOf(final String alertId) {
        final int first = alertId.indexOf(':');
        final int second = first < 0 ? -1 : alertId.indexOf(':', first + 1);
        return second < 0 ? alertId : alertId.substring(0, second);
    }
}
