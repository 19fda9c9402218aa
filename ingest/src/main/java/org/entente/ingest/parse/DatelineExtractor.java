package org.entente.ingest.parse;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.text.TextNormalizer;

/**
 * Finds the dateline at the start of an article ("جنيف-سانا", "GENEVA (Reuters) -", "МОСКВА, 12 сентября. /ТАСС/")
 * with the patterns of {@code dateline/patterns.txt}, and reads its day and month with {@code dateline/months.txt}.
 */
final class DatelineExtractor {

    /** A dateline: the place as written, the agency if named, the day and month if given, and the pattern id. */
    record Dateline(String place, String agency, MonthDay date, Integer year, String ruleId) {}

    private record Rule(String id, String lang, Pattern pattern) {}

    private static final List<Rule> RULES = loadRules();
    private static final Map<String, Integer> MONTHS = loadMonths();
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private DatelineExtractor() {}

    static Optional<Dateline> find(List<String> paragraphs, String lang) {
        for (int i = 0; i < Math.min(2, paragraphs.size()); i++) {
            final String p = paragraphs.get(i).strip();
            for (Rule r : RULES) {
                if (!r.lang().equals("*") && lang != null && !r.lang().equals(lang)) {
                    continue;
                }
                final Matcher m = r.pattern().matcher(p);
                if (m.find()) {
                    final String place = m.group("place").strip();
                    final String agency = group(m, "agency");
                    final String date = group(m, "date");
                    final Matcher y = YEAR.matcher(m.group());
                    final Integer year = y.find() ? Integer.valueOf(y.group()) : null;
                    return Optional.of(new Dateline(place, agency, monthDay(date), year, r.id()));
                }
            }
        }
        return Optional.empty();
    }

    private static String group(Matcher m, String name) {
        try {
            final String g = m.group(name);
            return g == null ? null : g.strip();
        } catch (IllegalArgumentException e) {
            return null; // the pattern has no such group
        }
    }

    /** "12 сентября", "Sept 10", "21 June 2018" → the month and day, if the month name is known. */
    static MonthDay monthDay(String date) {
        if (date == null) {
            return null;
        }
        final Matcher d = DAY.matcher(date);
        if (!d.find()) {
            return null;
        }
        final int day = Integer.parseInt(d.group());
        for (String word : date.split("[\\s.,]+")) {
            final Integer month = MONTHS.get(TextNormalizer.normalizeString(word));
            if (month != null && day >= 1 && day <= 31) {
                try {
                    return MonthDay.of(month, day);
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static List<Rule> loadRules() {
        final List<Rule> rules = new ArrayList<>();
        for (DataFiles.Line line : DataFiles.lines("dateline/patterns.txt")) {
            final String[] f = line.fields(3);
            rules.add(new Rule(f[0], f[1].toLowerCase(Locale.ROOT), Pattern.compile(f[2], Pattern.UNICODE_CHARACTER_CLASS)));
        }
        return List.copyOf(rules);
    }

    private static Map<String, Integer> loadMonths() {
        final Map<String, Integer> months = new HashMap<>();
        for (DataFiles.Line line : DataFiles.lines("dateline/months.txt")) {
            final String[] f = line.fields(3);
            for (String name : f[2].split(",")) {
                months.put(TextNormalizer.normalizeString(name.strip()), Integer.parseInt(f[1]));
            }
        }
        return Map.copyOf(months);
    }
}
