package org.entente.enrich.statements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.enrich.lexicon.LexiconMatch;
import org.entente.enrich.model.TimeExpression;
import org.entente.enrich.model.TimeKind;

/**
 * Adjacent time expressions that name one moment ("at 8:30 on Sunday 19 January", "midnight (22:00 GMT)"), with the
 * day they resolve to. The day and clock time come from the first expression that gives them outside brackets: when a
 * text gives two zones, the one it states first wins.
 *
 * @param date   the resolved day
 * @param time   {@code HH:MM} or null
 * @param offset the offset of {@code time} or null
 * @param start  offset of the first expression
 * @param end    offset after the last expression
 * @param parts  the expressions
 */
public record DatedSpan(LocalDate date, String time, String offset, int start, int end, List<TimeExpression> parts) {
    private static final Pattern FULL_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2})(?::\\d{2})?(Z|[+-]\\d{2}:\\d{2})?)?");
    private static final int MAX_GAP = 30;

    public List<String> rules() {
        final List<String> out = new ArrayList<>();
        for (TimeExpression e : parts) {
            out.add("time:" + e.rule());
        }
        return out;
    }

    /**
     * Groups the DATE and TIME expressions of a text into spans; gaps longer than 30 chars, line breaks and statement
     * cues (e.g. "announced" in "at noon, announced on Friday") end a span. Spans without a resolvable day are dropped.
     */
    static List<DatedSpan> group(String text, List<TimeExpression> times, List<LexiconMatch> cues) {
        final List<TimeExpression> sorted = new ArrayList<>();
        for (TimeExpression e : times) {
            if (e.kind() != TimeKind.DURATION) {
                sorted.add(e);
            }
        }
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        final List<DatedSpan> out = new ArrayList<>();
        List<TimeExpression> current = new ArrayList<>();
        for (TimeExpression e : sorted) {
            if (!current.isEmpty()) {
                final TimeExpression last = current.get(current.size() - 1);
                if (e.start() < last.end() || !joinable(text, last.end(), e.start(), cues) || twoClauses(text, last, e)) {
                    if (e.start() < last.end()) {
                        continue; // overlapping expressions: keep the first
                    }
                    addSpan(out, text, current);
                    current = new ArrayList<>();
                }
            }
            current.add(e);
        }
        addSpan(out, text, current);
        return out;
    }

    /** Two different days with a comma between them ("начавшееся в четверг, в пятницу продлили") date two clauses. */
    private static boolean twoClauses(String text, TimeExpression a, TimeExpression b) {
        final String gap = text.substring(a.end(), b.start());
        return (gap.indexOf(',') >= 0 || gap.indexOf('،') >= 0) && a.kind() == TimeKind.DATE && b.kind() == TimeKind.DATE
            && a.value().length() >= 10 && b.value().length() >= 10 && !a.value().regionMatches(0, b.value(), 0, 10);
    }

    private static boolean joinable(String text, int from, int to, List<LexiconMatch> cues) {
        if (to - from > MAX_GAP) {
            return false;
        }
        final String gap = text.substring(from, to);
        if (gap.indexOf('\n') >= 0 || gap.contains(". ") || gap.indexOf(';') >= 0 || gap.indexOf('؛') >= 0) {
            return false;
        }
        for (LexiconMatch m : cues) {
            if (m.start() >= from && m.end() <= to) {
                return false;
            }
        }
        return true;
    }

    private static void addSpan(List<DatedSpan> out, String text, List<TimeExpression> parts) {
        if (parts.isEmpty()) {
            return;
        }
        final int start = parts.get(0).start();
        LocalDate date = null;
        String time = null;
        String offset = null;
        LocalDate timeDate = null;
        LocalDate other = null;
        for (TimeExpression e : parts) {
            final boolean bracketed = text.substring(start, e.start()).indexOf('(') >= 0;
            final Matcher m = FULL_DATE.matcher(e.value());
            if (!m.find()) {
                continue;
            }
            final LocalDate d = LocalDate.parse(m.group(1));
            if (e.kind() == TimeKind.TIME && m.group(2) != null) {
                if (time == null && !bracketed) {
                    time = m.group(2);
                    offset = m.group(3);
                    timeDate = d;
                } else if (timeDate == null) {
                    timeDate = d;
                }
            } else if (date == null && !bracketed) {
                date = d;
            } else if (!bracketed && !d.equals(date)) {
                other = d;
            }
        }
        if (other != null) {
            return; // two different days side by side ("الاثنين الثلاثاء" read as two dates): nothing to trust
        }
        if (date == null) {
            date = timeDate;
        }
        // a clock time resolved on its own day wins over a weekday naming the day before ("midnight Sunday")
        if (date != null && timeDate != null && "00:00".equals(time) && timeDate.equals(date.plusDays(1))) {
            date = timeDate;
        }
        if (date != null) {
            out.add(new DatedSpan(date, time, offset, start, parts.get(parts.size() - 1).end(), List.copyOf(parts)));
        }
    }
}
