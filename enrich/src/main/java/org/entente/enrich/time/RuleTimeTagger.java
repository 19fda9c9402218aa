package org.entente.enrich.time;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.entente.enrich.model.TimeExpression;
import org.entente.enrich.model.TimeKind;
import org.entente.text.NormalizedText;
import org.entente.text.TextNormalizer;

/**
 * The rule-based temporal tagger: normalises the text once, runs the language's rules (data files under
 * {@code time/<lang>/}), keeps the longest non-overlapping matches, joins neighbours that together make one
 * expression ("07:00 GMT on January 23"), and resolves each against the publication time.
 * Thread-safe after {@link #load()}: the resources are immutable and matching state is per call.
 */
public final class RuleTimeTagger implements TimeTagger {
    public static final List<String> LANGUAGES = List.of("ar", "en", "fr", "ru");

    private final Map<String, TimeResources> resources;

    private RuleTimeTagger(Map<String, TimeResources> resources) {
        this.resources = resources;
    }

    /** Reads and compiles the rules of every language. */
    public static RuleTimeTagger load() {
        Map<String, TimeResources> r = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            r.put(lang, TimeResources.load(lang));
        }
        return new RuleTimeTagger(Map.copyOf(r));
    }

    /** Rule ids of one language, in file order (for the corpus test that every rule has an example). */
    public List<String> ruleIds(String lang) {
        return resources.get(lang).rules.stream().map(TimeRule::id).toList();
    }

    @Override
    public List<TimeExpression> tag(String text, String lang, ZonedDateTime reference) {
        return text == null || text.isEmpty() ? List.of() : tag(TextNormalizer.normalize(text), lang, reference);
    }

    @Override
    public List<TimeExpression> tag(NormalizedText nt, String lang, ZonedDateTime reference) {
        TimeResources res = lang == null ? null : resources.get(lang.toLowerCase(Locale.ROOT));
        if (res == null || nt.original().isEmpty()) {
            return List.of();
        }
        String s = nt.text();
        List<Candidate> found = merge(res, s, select(match(res, s)));
        Sentences sentences = new Sentences(s);
        TenseCues tense = new TenseCues(res, s, sentences);
        LocalDate refDate = reference.toLocalDate();

        // Dates first, so that a bare clock time can take the day its sentence names.
        List<TimeExpression> out = new ArrayList<>();
        Map<Candidate, TimeResolver.Resolved> resolved = new LinkedHashMap<>();
        for (Candidate c : found) {
            if (!c.hasTimePart() && !c.isDuration()) {
                LocalDate statementDay = c.has("rel") ? statementDay(res, s, c, resolved, sentences, refDate) : null;
                TimeResolver.Resolved r = TimeResolver.resolve(c, context(tense, c, reference, statementDay));
                if (r != null) {
                    resolved.put(c, r);
                }
            }
        }
        List<Candidate> timed = new ArrayList<>(found);
        timed.removeIf(c -> !(c.hasTimePart() || c.isDuration()));
        timed.sort(Comparator.comparing(c -> !c.hasDatePart())); // times that name their day first: they anchor others
        for (Candidate c : timed) {
            LocalDate anchor = c.isDuration() ? null : anchorDay(res, s, c, resolved, sentences);
            TimeResolver.Resolved r = TimeResolver.resolve(c, context(tense, c, reference, anchor));
            if (r != null) {
                resolved.put(c, glossed(c, r, found, resolved, s));
            }
        }
        for (Candidate c : found) {
            TimeResolver.Resolved r = resolved.get(c);
            if (r == null) {
                continue;
            }
            out.add(expression(nt, c, r));
            if (r.kind() == TimeKind.TIME) {
                // The day inside a time expression ("… Tuesday", "tomorrow morning") is also a date of its own.
                for (Candidate day : dayParts(c)) {
                    TimeResolver.Resolved pr = TimeResolver.resolve(day, context(tense, day, reference, null));
                    if (pr != null && pr.kind() == TimeKind.DATE) {
                        out.add(expression(nt, day, pr));
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(TimeExpression::start).thenComparing(e -> -e.end()));
        return List.copyOf(out);
    }

    /**
     * A clock time in brackets right after another one is the same instant in another zone ("dimanche 00H00
     * (22H00 GMT)", "noon local time (10am BST)"): when the instant, read in the bracketed time's offset, shows the
     * same hour and minute, its day is taken from there, which may be the day before or after.
     */
    private static TimeResolver.Resolved glossed(Candidate c, TimeResolver.Resolved r, List<Candidate> found,
                                                 Map<Candidate, TimeResolver.Resolved> resolved, String s) {
        int at = found.indexOf(c);
        if (r.kind() != TimeKind.TIME || c.hasDatePart() || at <= 0) {
            return r;
        }
        Candidate prev = found.get(at - 1);
        TimeResolver.Resolved pr = resolved.get(prev);
        if (pr == null || pr.kind() != TimeKind.TIME || !GLOSS_OPENING.matcher(s.substring(prev.end, c.start)).matches()) {
            return r;
        }
        java.time.OffsetDateTime mine = java.time.OffsetDateTime.parse(r.value());
        java.time.OffsetDateTime same = java.time.OffsetDateTime.parse(pr.value()).withOffsetSameInstant(mine.getOffset());
        if (same.getHour() != mine.getHour() || same.getMinute() != mine.getMinute()) {
            return r;
        }
        return new TimeResolver.Resolved(TimeKind.TIME,
                same.toLocalDateTime().toString().substring(0, 16) + TimeResolver.offsetText(same.getOffset()));
    }

    private static final java.util.regex.Pattern GLOSS_OPENING = java.util.regex.Pattern.compile("[\\s,]*[(\\[]\\s*");

    /** Runs of neighbouring date parts of a merged time expression ("يوم غدا" + "الجمعة"), each run one date. */
    private static List<Candidate> dayParts(Candidate c) {
        List<Candidate> runs = new ArrayList<>();
        Candidate run = null;
        for (Candidate part : c.parts) {
            boolean day = part.hasDatePart() && !part.hasTimePart();
            if (day && run != null && run.canMerge(part)) {
                run = run.merge(part);
            } else {
                if (run != null) {
                    runs.add(run);
                }
                run = day ? part : null;
            }
        }
        if (run != null) {
            runs.add(run);
        }
        return runs;
    }

    private static TimeExpression expression(NormalizedText nt, Candidate c, TimeResolver.Resolved r) {
        int start = nt.originalStart(c.start);
        int end = nt.originalEnd(c.end);
        return new TimeExpression(r.kind(), r.value(), start, end, nt.original().substring(start, end), c.rule);
    }

    private TimeResolver.Context context(TenseCues tense, Candidate c, ZonedDateTime reference, LocalDate anchor) {
        boolean needsTense = (c.has("weekday") && !c.has("dir")) || (c.has("midnight") && !c.hasDatePart());
        if (needsTense && !c.tenseAsked) {
            c.direction = tense.direction(c.start, c.end);
            c.tenseAsked = true;
        }
        int direction = needsTense ? c.direction : 0;
        return new TimeResolver.Context(reference, direction, anchor);
    }

    /**
     * For "tomorrow"/"yesterday" inside reported speech: the day of the statement, when an earlier date of the same
     * sentence (before the publication day) sits next to a speech verb ("said on Friday that … tomorrow").
     */
    private static LocalDate statementDay(TimeResources res, String s, Candidate c,
                                          Map<Candidate, TimeResolver.Resolved> resolved, Sentences sentences,
                                          LocalDate refDate) {
        if (c.has("month") || c.has("day")) {
            return null;
        }
        int sentence = sentences.indexOf(c.start);
        if (c.has("anaphoric")) {
            // "the next day", "le lendemain", "في اليوم التالي": counted from the last day named before it.
            LocalDate last = null;
            int lastStart = -1;
            for (Map.Entry<Candidate, TimeResolver.Resolved> e : resolved.entrySet()) {
                Candidate d = e.getKey();
                String v = e.getValue().value();
                if (d.end <= c.start && d.start > lastStart && v.length() >= 10 && sentences.indexOf(d.start) >= sentence - 1) {
                    last = LocalDate.parse(v.substring(0, 10));
                    lastStart = d.start;
                }
            }
            return last;
        }
        if (res.speech == null || c.getInt("rel", 0) == 0) {
            return null;
        }
        LocalDate best = null;
        for (Map.Entry<Candidate, TimeResolver.Resolved> e : resolved.entrySet()) {
            Candidate d = e.getKey();
            String v = e.getValue().value();
            if (d.end > c.start || sentences.indexOf(d.start) != sentence || v.length() < 10) {
                continue;
            }
            LocalDate day = LocalDate.parse(v.substring(0, 10));
            if (!day.isBefore(refDate)) {
                continue;
            }
            int from = Math.max(sentences.start(sentence), d.start - 40);
            Matcher m = res.speech.matcher(s);
            m.region(from, c.start);
            m.useTransparentBounds(true);
            if (m.find()) {
                best = day;
            }
        }
        return best;
    }

    /**
     * The day of the nearest dated expression in the same sentence, for a clock time that names none — not one that
     * ends a span the clock time opens, i.e. comes right after "until" ("يبدأ في الساعة 7 مساء ... حتى منتصف ليل
     * الأحد", "from 7 p.m. until midnight Sunday": the start is not on Sunday).
     */
    private static LocalDate anchorDay(TimeResources res, String s, Candidate c,
                                       Map<Candidate, TimeResolver.Resolved> resolved, Sentences sentences) {
        if (c.hasDatePart()) {
            return null;
        }
        int sentence = sentences.indexOf(c.start);
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<Candidate, TimeResolver.Resolved> e : resolved.entrySet()) {
            Candidate d = e.getKey();
            String v = e.getValue().value();
            if (!d.hasDatePart() || e.getValue().kind() == TimeKind.DURATION || v.length() < 10
                    || sentences.indexOf(d.start) != sentence) {
                continue;
            }
            int distance = d.start >= c.end ? d.start - c.end : c.start - d.end;
            if (distance >= 0 && d.start >= c.end && res.spanEnd != null
                    && res.spanEnd.matcher(s).region(c.end, d.start).find()) {
                continue;
            }
            if (distance >= 0 && distance < bestDistance) {
                bestDistance = distance;
                best = LocalDate.parse(v.substring(0, 10));
                if (d.has("midnight") && !"into".equals(d.get("midnight"))) {
                    best = best.minusDays(1); // "minuit le 24 avril (lundi 22H00 GMT)": the gloss belongs to the 24th
                }
            }
        }
        return best;
    }

    /**
     * Every match of every rule, with its slots read through the language's tables. A rule runs only in windows
     * around the words that can trigger it (its literals, the words of its tables, digits), so most of an
     * article is never touched by most rules. A match contains its trigger, so it starts at most
     * {@link #WINDOW_BEFORE} chars before it and never after it — except after a word that stands in the rule's
     * opening look-behind ("(?<=since )2014"), where it is tried up to the end of the window.
     */
    private static List<Candidate> match(TimeResources res, String s) {
        final int n = s.length();
        final int rulesCount = res.rules.size();
        int[][] windows = new int[rulesCount][];
        int[] sizes = new int[rulesCount];
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            boolean digit = Character.isDigit(c);
            int j = i + 1;
            while (j < n && Character.isLetterOrDigit(s.charAt(j)) && Character.isDigit(s.charAt(j)) == digit) {
                j++;
            }
            TimeResources.Triggered hit = digit ? res.digitTriggered : res.rulesTriggeredBy(s.substring(i, j));
            if (hit != null) {
                int from = Math.max(0, i - WINDOW_BEFORE);
                int to = Math.min(n, j + WINDOW_AFTER);
                BitSet rules = hit.rules();
                for (int r = rules.nextSetBit(0); r >= 0; r = rules.nextSetBit(r + 1)) {
                    addWindow(windows, sizes, r, from, hit.wide().get(r) ? to : i + 1, to);
                }
            }
            i = j;
        }
        List<Candidate> all = new ArrayList<>();
        int[] starts = wordStarts(s);
        String[] openings = new String[starts.length]; // made once per position, shared by the rules tried there
        Matcher[] matchers = res.matchers.get();
        for (int r = 0; r < rulesCount; r++) {
            boolean everywhere = res.everywhere.get(r);
            if (!everywhere && sizes[r] == 0) {
                continue;
            }
            Matcher m = matchers[r];
            if (m == null) {
                m = res.rules.get(r).pattern().matcher(s);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                matchers[r] = m;
            } else {
                m.reset(s); // keeps the bounds settings, reuses the group arrays
            }
            if (everywhere) {
                findIn(res, r, m, s, starts, openings, 0, n, n, 0, all);
                continue;
            }
            int next = 0;
            for (int w = 0; w < sizes[r]; w += 3) {
                next = findIn(res, r, m, s, starts, openings, Math.max(next, windows[r][w]), windows[r][w + 1], windows[r][w + 2], next, all);
            }
        }
        return all;
    }

    private static final int WINDOW_BEFORE = 32;
    private static final int WINDOW_AFTER = 72;

    /**
     * Appends a window to the rule's list: matches may start in [from, lastStart) and end by {@code to}; joined with
     * the last window when their start ranges touch.
     */
    private static void addWindow(int[][] windows, int[] sizes, int rule, int from, int lastStart, int to) {
        int[] w = windows[rule];
        int size = sizes[rule];
        if (w == null) {
            w = new int[12];
            windows[rule] = w;
        }
        if (size > 0 && from <= w[size - 2]) {
            w[size - 2] = Math.max(w[size - 2], lastStart);
            w[size - 1] = Math.max(w[size - 1], to);
            return;
        }
        if (size + 3 > w.length) {
            w = java.util.Arrays.copyOf(w, w.length * 2);
            windows[rule] = w;
        }
        w[size] = from;
        w[size + 1] = lastStart;
        w[size + 2] = to;
        sizes[rule] = size + 3;
    }

    /**
     * Tries the rule at each word start of [from, lastStart) whose char can open a match (so the regex engine is not
     * entered at every position), matching within [start, to), keeping the leftmost-longest match and going on
     * after it. Returns where the next window of the rule may start (after the last match, so none overlaps it).
     */
    private static int findIn(TimeResources res, int index, Matcher m, String s, int[] starts, String[] openings,
                              int from, int lastStart, int to, int next, List<Candidate> all) {
        TimeRule rule = res.rules.get(index);
        int k = java.util.Arrays.binarySearch(starts, from);
        k = k < 0 ? -k - 1 : k;
        while (k < starts.length && starts[k] < lastStart) {
            int p = starts[k];
            if (!rule.canStartWith(s.charAt(p)) || !res.mayStart(index, opening(s, openings, k, p, to))) {
                k++;
                continue;
            }
            m.region(p, to);
            if (!m.lookingAt() || m.end() == m.start()) {
                k++;
                continue;
            }
            Map<String, String> slots = SlotReader.read(res, rule, m);
            if (slots != null) {
                int end = m.end(); // the span ends on the last char the rule read, not on blanks
                while (end > m.start() && Character.isWhitespace(s.charAt(end - 1))) {
                    end--;
                }
                final int start = m.start();
                if (all.stream().noneMatch(c -> c.ruleIndex == index && c.start == start)) {
                    all.add(new Candidate(start, end, slots, rule.id(), index));
                }
            }
            next = m.end();
            while (k < starts.length && starts[k] < next) {
                k++;
            }
        }
        return next;
    }

    private static String opening(String s, String[] openings, int k, int p, int to) {
        String o = openings[k];
        if (o == null) {
            o = OpeningFilter.opening(s, p, s.length());
            openings[k] = o;
        }
        return p + o.length() <= to ? o : OpeningFilter.opening(s, p, to);
    }

    /** Where a match may start: a non-blank char that does not continue a word or a number. */
    private static int[] wordStarts(String s) {
        int[] out = new int[Math.max(16, s.length() / 3)];
        int n = 0;
        for (int p = 0; p < s.length(); p++) {
            char c = s.charAt(p);
            if (Character.isWhitespace(c) || (p > 0 && Character.isLetterOrDigit(s.charAt(p - 1)) && Character.isLetterOrDigit(c))) {
                continue;
            }
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = p;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The longest matches win; among equals, the rule listed first. */
    private static List<Candidate> select(List<Candidate> all) {
        all.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(c -> c.ruleIndex));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            boolean free = true;
            for (Candidate k : kept) {
                if (c.start < k.end && k.start < c.end) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(c -> c.start));
        return kept;
    }

    /** Neighbours separated only by a joiner ("on", ",", "(", "بتاريخ") become one expression when compatible. */
    private static List<Candidate> merge(TimeResources res, String s, List<Candidate> sorted) {
        List<Candidate> out = new ArrayList<>();
        Candidate current = null;
        for (Candidate c : sorted) {
            if (current != null && current.canMerge(c) && joins(res, s.substring(current.end, c.start))) {
                current = current.merge(c);
                continue;
            }
            if (current != null) {
                out.add(current);
            }
            current = c;
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    private static boolean joins(TimeResources res, String gap) {
        if (gap.isBlank()) {
            return true;
        }
        return res.joiner != null && gap.length() <= 24 && res.joiner.matcher(gap).matches();
    }
}
