package org.entente.alerts.http;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.alerts.model.Confidence;
import org.entente.alerts.model.Names;

/**
 * Query filters of {@code GET /alerts}: {@code type} (one or more, comma-separated), {@code place} (compared like
 * alert identity: case, diacritics and punctuation aside), {@code from}/{@code to} (event date, inclusive),
 * {@code confidence} (at least this level), {@code limit}. Results are newest first: latest report first.
 */
record AlertFilter(Set<String> types, String place, LocalDate from, LocalDate to, Confidence confidence, int limit) {
    static final int DEFAULT_LIMIT = 1000;

    /** Newest first: by last report, then by id for a stable order. */
    static final Comparator<AlertView> NEWEST_FIRST = Comparator.comparing((AlertView a) -> Instant.parse(a.lastSeen())).reversed()
            .thenComparing(AlertView::id);

    /** Reads the filters from query parameters; throws IllegalArgumentException with a readable message. */
    static AlertFilter parse(final Function<String, String> param) {
        final String type = param.apply("type");
        final Set<String> types = type == null || type.isBlank() ? Set.of()
                : Arrays.stream(type.split(",")).map(t -> t.trim().toUpperCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet());
        final String place = param.apply("place");
        return new AlertFilter(types,
                place == null || place.isBlank() ? null : Names.slug(place),
                date(param.apply("from"), "from"),
                date(param.apply("to"), "to"),
                confidence(param.apply("confidence")),
                limit(param.apply("limit")));
    }

    boolean matches(final AlertView a) {
        if (!types.isEmpty() && !types.contains(a.type())) {
            return false;
        }
        if (place != null && !place.equals(Names.slug(a.place()))) {
            return false;
        }
        final LocalDate date = LocalDate.parse(a.date());
        if (from != null && date.isBefore(from) || to != null && date.isAfter(to)) {
            return false;
        }
        return confidence == null || Confidence.valueOf(a.confidence()).compareTo(confidence) >= 0;
    }

    List<AlertView> apply(final List<AlertView> alerts) {
        return alerts.stream().filter(this::matches).sorted(NEWEST_FIRST).limit(limit).toList();
    }

    private static LocalDate date(final String text, final String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (final RuntimeException e) {
            throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD: " + text);
        }
    }

    private static Confidence confidence(final String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Confidence.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (final IllegalArgumentException e) {
            throw new IllegalArgumentException("confidence must be LOW, MEDIUM or HIGH: " + text);
        }
    }

    private static int limit(final String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            final int n = Integer.parseInt(text.trim());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a positive number: " + text);
        }
    }
}
