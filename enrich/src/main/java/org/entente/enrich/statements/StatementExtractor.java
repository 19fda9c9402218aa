package org.entente.enrich.statements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.enrich.AnalysedText;
import org.entente.enrich.lexicon.LexiconMatch;
import org.entente.enrich.model.AlertType;
import org.entente.enrich.model.Entity;
import org.entente.enrich.model.EntityType;
import org.entente.enrich.model.Mention;
import org.entente.enrich.model.Modality;
import org.entente.enrich.model.Statement;
import org.entente.enrich.model.TimeExpression;
import org.entente.enrich.model.TimeKind;
import org.entente.enrich.sentences.Sentence;
import org.entente.enrich.sentences.Spaces;

/**
 * Finds the statements that fix the time of a watched event (spec/extraction.md section 3) without a parser.
 *
 * <p>Per sentence: the cues of {@code statements/<lang>/cues.tsv} are found; each dated span (adjacent DATE/TIME
 * expressions) is bound to one predicate cue, cheapest first, where the cost is the distance (a predicate before
 * its date is cheaper, "from" cues must stand right before it) plus a penalty for every comma between them. Saying
 * verbs ("said", "announced on Friday") take part in the binding so that the date of a saying never dates the event.
 * The event noun nearest the predicate within its clause (else the sentence's first, else one of the two sentences
 * before) gives the alert type; the words before the predicate give the modality. One statement per (type, date).
 */
public final class StatementExtractor {
    private static final int MAX_COST = 180;
    private static final int CLAUSE_PENALTY = 30;
    private static final int CONJUNCTION_PENALTY = 15;
    private static final int RELATIVE_PENALTY = 40;
    private static final int SUBORDINATE_PENALTY = 30;
    private static final int SAME_PREDICATE_REACH = 40;
    private static final int ANCHOR_REACH = 15;
    private static final int ARGUMENT_REACH = 60;
    private static final int CONDITION_AFTER = 40;
    private static final int UNTIL_REACH = 25;
    private static final Pattern CONJUNCTION = Pattern.compile("(?:^|\\s)(?:and|et|и|а|و)\\s", Pattern.UNICODE_CASE);
    private static final int FROM_MAX_GAP = 14;
    private static final int MODALITY_WINDOW = 80;
    private static final int NEGATION_WINDOW = 30;
    private static final int POSSIBLE_REACH = 20;
    private static final int CARRY_SENTENCES = 6;
    private static final int CEASEFIRE_PAST_DAYS = 120;
    private static final int FUTURE_DAYS = 366;
    private static final Pattern RESOLUTION_NUMBER = Pattern.compile("\\b(\\d{3,4})\\b");
    private static final Set<CueRole> EVENT_NOUNS = EnumSet.of(CueRole.CEASEFIRE, CueRole.EXTENSION, CueRole.AGREEMENT,
        CueRole.COUNCIL, CueRole.SESSION, CueRole.TALKS, CueRole.MEETING, CueRole.VOTE);
    /** Event nouns that take a date of their own ("talks on Monday") when no verb of theirs does. */
    private static final Set<CueRole> NOUN_PREDICATES = EnumSet.of(CueRole.SESSION, CueRole.TALKS, CueRole.MEETING,
        CueRole.EXTENSION);
    /** Council acts: the proposal words before them name the author of the text, not a mere proposal. */
    private static final Set<CueRole> COUNCIL_ACTS = EnumSet.of(CueRole.VOTE, CueRole.ADOPT, CueRole.VETO, CueRole.REJECT);

    public static StatementExtractor load() {
        for (String lang : StatementLexicons.LANGUAGES) {
            StatementLexicons.forLanguage(lang);
        }
        return new StatementExtractor();
    }

    private StatementExtractor() {}

    public List<Statement> extract(AnalysedText a) {
        final StatementLexicons lx = StatementLexicons.forLanguage(a.lang());
        final String text = a.original();
        final List<LexiconMatch> cues = new ArrayList<>();
        final List<LexiconMatch> mods = new ArrayList<>();
        final List<LexiconMatch> relatives = new ArrayList<>();
        final List<LexiconMatch> weekdays = new ArrayList<>();
        for (LexiconMatch m : lx.all().find(a.text())) {
            switch (m.entry().layer()) {
                case StatementLexicons.CUES -> cues.add(m);
                case StatementLexicons.MODALITY -> mods.add(m);
                case StatementLexicons.RELATIVE -> relatives.add(m);
                default -> weekdays.add(m);
            }
        }
        final List<DatedSpan> spans = DatedSpan.group(text, a.times(), cues);
        final Article art = new Article(a, text, cues, mods, spans, relatives, weekdays);
        final List<Candidate> candidates = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            sentence(art, s, candidates);
        }
        return dedupe(carryDays(candidates));
    }

    private void sentence(Article art, Sentence s, List<Candidate> out) {
        final List<LexiconMatch> cues = within(art.cues, s);
        final List<DatedSpan> spans = new ArrayList<>();
        for (DatedSpan d : art.spans) {
            if (s.contains(d.start())) {
                spans.add(d);
            }
        }
        if (cues.isEmpty() || spans.isEmpty()) {
            return;
        }
        final Set<DatedSpan> endDates = endDates(cues, spans);
        final Set<LexiconMatch> idle = idle(art, s, cues);
        final Set<LexiconMatch> usedCues = new HashSet<>();
        final Set<DatedSpan> usedSpans = new HashSet<>();
        final List<Binding> bound = new ArrayList<>();
        // an event noun that an event verb of its clause is about is that verb's argument, not a predicate of its own
        // ("the talks will start on Tuesday" binds "start"; "talks" does not take the delegations' Monday)
        final Set<LexiconMatch> arguments = argumentsOfEventVerbs(art.text, cues);
        bind(art, cues, spans, endDates, c -> !idle.contains(c) && !arguments.contains(c) && mayName(art, s, cues, c),
            usedCues, usedSpans, bound);
        // An extension is dated by the day it is announced or agreed, so it may share the date of the saying verb;
        // an adoption shares the date of the vote or session it happened at ("voted on Monday to adopt").
        for (LexiconMatch c : cues) {
            final CueRole role = role(c);
            if (usedCues.contains(c) || idle.contains(c)) {
                continue;
            }
            final Set<CueRole> lenders = switch (role) {
                case EXTEND, EXTENSION, IMMEDIATE -> EnumSet.of(CueRole.SINK);
                case ADOPT -> EnumSet.of(CueRole.VOTE, CueRole.MEET, CueRole.SESSION, CueRole.SINK);
                default -> EnumSet.noneOf(CueRole.class);
            };
            Binding best = null;
            for (Binding b : bound) {
                // not across a relative clause ("adopted …, which endorses the deal concluded on 3 September"); an
                // adoption takes a later date only from its own clause
                final boolean reach = !relativeBetween(cues, b.cue, c) && (role != CueRole.ADOPT || b.cue.start() < c.start()
                    || clauseBreaks(art.text, c.end(), b.cue.start()) == 0);
                if (lenders.contains(b.role) && reach && (best == null
                    || Math.abs(b.span.start() - c.start()) < Math.abs(best.span.start() - c.start()))) {
                    best = b;
                }
            }
            if (best != null) {
                bound.add(new Binding(c, role, best.span, best.cost, "assoc:shared-date:" + best.cue.id()));
            }
        }
        reanchorReportedSpeech(art, bound);
        forwardWeekdays(art, bound);
        final List<DatedSpan> untils = new ArrayList<>();
        for (Binding b : bound) {
            if (b.role == CueRole.UNTIL) {
                untils.add(b.span);
            }
        }
        for (Binding b : bound) {
            for (Typed t : types(art, s, cues, b)) {
                addCandidate(art, s, cues, b, t, untils, out);
            }
        }
    }

    /** Cheapest-first binding of the predicates {@code which} selects: each predicate and each span once. */
    private static void bind(Article art, List<LexiconMatch> cues, List<DatedSpan> spans, Set<DatedSpan> endDates,
                             java.util.function.Predicate<LexiconMatch> which, Set<LexiconMatch> usedCues,
                             Set<DatedSpan> usedSpans, List<Binding> bound) {
        final List<Binding> pairs = new ArrayList<>();
        for (LexiconMatch c : cues) {
            final CueRole role = role(c);
            if (!role.binds() || !which.test(c) || usedCues.contains(c)) {
                continue;
            }
            for (DatedSpan d : spans) {
                if (usedSpans.contains(d) || endDates.contains(d) != (role == CueRole.UNTIL)) {
                    continue;
                }
                final int cost = cost(art.text, cues, c, role, d);
                if (cost <= MAX_COST) {
                    pairs.add(new Binding(c, role, d, cost, "assoc:nearest"));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Binding::cost).thenComparingInt(b -> b.cue.start()));
        for (Binding b : pairs) {
            if (!usedCues.contains(b.cue) && !usedSpans.contains(b.span)) {
                usedCues.add(b.cue);
                usedSpans.add(b.span);
                bound.add(b);
            }
        }
    }

    /**
     * Predicates that take no date of their own: the second of two cues of one role in a clause ("adopted … unanimously"
     * is one adoption); a saying right after a duration, which anchors a relative time ("48 hours after its signing");
     * an event noun after an oblique marker ("following the talks").
     */
    private static Set<LexiconMatch> idle(Article art, Sentence s, List<LexiconMatch> cues) {
        final Set<LexiconMatch> out = new HashSet<>();
        final List<TimeExpression> durations = new ArrayList<>();
        for (TimeExpression e : art.a.times()) {
            if (e.kind() == TimeKind.DURATION && s.contains(e.start())) {
                durations.add(e);
            }
        }
        for (int i = 0; i < cues.size(); i++) {
            final LexiconMatch c = cues.get(i);
            final CueRole role = role(c);
            if (!role.binds() && !NOUN_PREDICATES.contains(role)) {
                continue;
            }
            for (int k = i - 1; k >= 0 && c.start() - cues.get(k).end() <= SAME_PREDICATE_REACH; k--) {
                final LexiconMatch e = cues.get(k);
                if (role(e) == role && role != CueRole.UNTIL && clauseBreaks(art.text, e.end(), c.start()) == 0) {
                    out.add(c);
                }
                if (role(e) == CueRole.OBLIQUE && NOUN_PREDICATES.contains(role) && c.start() - e.end() <= ANCHOR_REACH) {
                    out.add(c);
                }
            }
            if (role == CueRole.SINK) {
                for (TimeExpression e : durations) {
                    if (e.end() <= c.start() && c.start() - e.end() <= ANCHOR_REACH) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The event nouns that an event verb of their clause (not a saying, not "until"; within 60 chars) is about: for each
     * such verb, the event noun nearest it.
     */
    private static Set<LexiconMatch> argumentsOfEventVerbs(String text, List<LexiconMatch> cues) {
        final Set<LexiconMatch> out = new HashSet<>();
        for (LexiconMatch v : cues) {
            final CueRole role = role(v);
            if (!role.binds() || NOUN_PREDICATES.contains(role) || role == CueRole.SINK || role == CueRole.UNTIL) {
                continue;
            }
            LexiconMatch nearest = null;
            int best = Integer.MAX_VALUE;
            for (LexiconMatch c : cues) {
                if (c == v || !EVENT_NOUNS.contains(role(c)) || Math.abs(c.start() - v.start()) > 2 * ARGUMENT_REACH) {
                    continue;
                }
                final int from = Math.min(c.end(), v.end());
                final int to = Math.max(c.start(), v.start());
                final int d = c.start() < v.start() ? v.start() - c.end() : (c.start() - v.end()) * 3 / 2;
                if (to - from <= ARGUMENT_REACH && d < best && clauseBreaks(text, from, to) == 0) {
                    best = d;
                    nearest = c;
                }
            }
            if (nearest != null) {
                out.add(nearest);
            }
        }
        return out;
    }

    /** Spans that an "until" cue introduces ("до полуночи с 10 на 11 мая"): they end an event, they start none. */
    private static Set<DatedSpan> endDates(List<LexiconMatch> cues, List<DatedSpan> spans) {
        final Set<DatedSpan> out = new HashSet<>();
        for (LexiconMatch c : cues) {
            if (role(c) != CueRole.UNTIL) {
                continue;
            }
            for (DatedSpan d : spans) {
                if (d.start() >= c.end()) {
                    if (d.start() - c.end() <= UNTIL_REACH) {
                        out.add(d);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Reported speech: "said on Friday that the talks open tomorrow" puts the talks on Saturday. A span that is only a
     * relative day word, resolved against the publication day, moves to the day of the saying bound before it in the
     * same sentence.
     */
    private static void reanchorReportedSpeech(Article art, List<Binding> bound) {
        final LocalDate pub = art.a.publicationDate();
        for (int i = 0; i < bound.size(); i++) {
            final Binding b = bound.get(i);
            if (b.role == CueRole.SINK || b.role == CueRole.UNTIL) {
                continue;
            }
            final LexiconMatch rel = art.relativeAt(b.span);
            if (rel == null) {
                continue;
            }
            final int offset = Integer.parseInt(rel.label());
            Binding saying = null;
            for (Binding o : bound) {
                if (o.role == CueRole.SINK && o.span.end() <= b.span.start() && !o.span.date().equals(pub)
                    && art.relativeAt(o.span) == null && (saying == null || o.span.start() > saying.span.start())) {
                    saying = o;
                }
            }
            if (saying != null && b.span.date().equals(pub.plusDays(offset))) {
                final DatedSpan d = b.span;
                final DatedSpan moved = new DatedSpan(saying.span.date().plusDays(offset), d.time(), d.offset(), d.start(),
                    d.end(), d.parts());
                bound.set(i, new Binding(b.cue, b.role, moved, b.cost, b.rule + ",assoc:reported-speech:" + rel.id()));
            }
        }
    }

    /**
     * A bare weekday that a forward-looking cue dates ("effective from sundown on Monday", "scheduled for Friday") names
     * the coming such day: when it was resolved into the past week, it moves a week ahead.
     */
    private static void forwardWeekdays(Article art, List<Binding> bound) {
        final LocalDate pub = art.a.publicationDate();
        for (int i = 0; i < bound.size(); i++) {
            final Binding b = bound.get(i);
            final DatedSpan d = b.span;
            if ((b.role != CueRole.FROM && b.role != CueRole.SCHEDULE) || d.parts().size() != 1 || !d.date().isBefore(pub)
                || d.date().isBefore(pub.minusDays(6))) {
                continue;
            }
            final String written = art.text.substring(d.start(), d.end());
            if (written.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            for (LexiconMatch w : art.weekdays) {
                if (w.start() >= d.start() && w.end() <= d.end()) {
                    final DatedSpan moved = new DatedSpan(d.date().plusDays(7), d.time(), d.offset(), d.start(), d.end(),
                        d.parts());
                    bound.set(i, new Binding(b.cue, b.role, moved, b.cost, b.rule + ",assoc:forward-weekday:" + w.id()));
                    break;
                }
            }
        }
    }

    private static int cost(String text, List<LexiconMatch> cues, LexiconMatch c, CueRole role, DatedSpan d) {
        final int cost;
        final int from;
        final int to;
        if (c.end() <= d.start()) {
            from = c.end();
            to = d.start();
            cost = to - from;
        } else if (d.end() <= c.start()) {
            if (role == CueRole.FROM || role == CueRole.UNTIL) {
                return Integer.MAX_VALUE;
            }
            from = d.end();
            to = c.start();
            cost = (to - from) * 3 / 2 + 8;
        } else {
            return Integer.MAX_VALUE; // a cue inside a time expression ("الثاني من أبريل") dates nothing
        }
        if (role == CueRole.FROM && cost > FROM_MAX_GAP || role == CueRole.UNTIL && cost > UNTIL_REACH) {
            return Integer.MAX_VALUE;
        }
        final int conjunction = CONJUNCTION.matcher(text.substring(from, to)).find() ? CONJUNCTION_PENALTY : 0;
        int markers = 0;
        for (LexiconMatch m : cues) {
            if (m.start() >= from && m.start() < to) {
                // a relative clause or a subordinate clause between them: the date belongs to that clause's event
                markers += role(m) == CueRole.REL ? RELATIVE_PENALTY : role(m) == CueRole.SUBORD ? SUBORDINATE_PENALTY : 0;
            }
        }
        return cost + CLAUSE_PENALTY * clauseBreaks(text, from, to) + conjunction + markers;
    }

    private static boolean relativeBetween(List<LexiconMatch> cues, LexiconMatch a, LexiconMatch b) {
        final int from = Math.min(a.start(), b.start());
        final int to = Math.max(a.start(), b.start());
        for (LexiconMatch m : cues) {
            if (role(m) == CueRole.REL && m.start() > from && m.start() < to) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cue at {@code i} follows an oblique marker ("following the talks", "по итогам переговоров"). */
    private static boolean afterOblique(List<LexiconMatch> cues, int i) {
        final LexiconMatch c = cues.get(i);
        for (int k = i - 1; k >= 0 && c.start() - cues.get(k).end() <= ANCHOR_REACH; k--) {
            if (role(cues.get(k)) == CueRole.OBLIQUE) {
                return true;
            }
        }
        return false;
    }

    /** Clause breaks in [from, to) directly followed by a relative pronoun. */
    private static int relativeOpenings(String text, List<LexiconMatch> cues, int from, int to) {
        int n = 0;
        for (LexiconMatch m : cues) {
            if (role(m) != CueRole.REL || m.start() <= from || m.start() > to) {
                continue;
            }
            int k = m.start() - 1;
            while (k > from && Character.isWhitespace(text.charAt(k))) {
                k--;
            }
            final char ch = text.charAt(k);
            if (ch == ',' || ch == '،') {
                n++;
            }
        }
        return n;
    }

    private static int clauseBreaks(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            final char ch = text.charAt(i);
            if (ch == ',' || ch == '،' || ch == ';' || ch == '؛') {
                n++;
            }
        }
        return n;
    }

    /**
     * A meeting verb or consultations noun that can name no event here ("تستأنف الأطراف مشاوراتها" with no Council, no
     * talks noun, no two people) takes no date: it leaves it to the predicate that can. (An event noun keeps its own
     * date even when it names no alert: "a meeting in Riyadh today" is not the talks'.)
     */
    private boolean mayName(Article art, Sentence s, List<LexiconMatch> cues, LexiconMatch c) {
        return role(c) != CueRole.MEET || !types(art, s, cues, new Binding(c, CueRole.MEET, null, 0, "")).isEmpty();
    }

    /** The alert types a binding raises, with the noun that decided each. */
    private List<Typed> types(Article art, Sentence s, List<LexiconMatch> cues, Binding b) {
        final List<Typed> out = new ArrayList<>();
        final boolean councilHere = has(cues, CueRole.COUNCIL);
        final boolean assemblyHere = has(cues, CueRole.ASSEMBLY);
        final boolean council = !assemblyHere && (councilHere || art.council);
        switch (b.role) {
            case START, FROM, SCHEDULE, IMMEDIATE -> {
                final LexiconMatch noun = noun(art, s, cues, b.cue);
                final AlertType t = noun == null ? null : eventOf(art, s, cues, noun);
                if (t != null) {
                    out.add(new Typed(t, noun));
                } else if (noun == null && b.role == CueRole.START) {
                    // "تستأنف الأطراف مشاوراتها", "consultations resume": consultations (a MEET noun) that start are
                    // talks, or the Council's meeting when it is named
                    final LexiconMatch meet = meetingObject(cues, b.cue);
                    if (meet != null) {
                        out.add(new Typed(councilHere && !assemblyHere ? AlertType.SECURITY_COUNCIL_MEETING
                            : AlertType.TALKS_SCHEDULED, meet));
                    }
                }
            }
            case SESSION, TALKS, MEETING, EXTENSION -> {
                final AlertType t = eventOf(art, s, cues, b.cue);
                if (t != null) {
                    out.add(new Typed(t, b.cue));
                }
            }
            case EXTEND -> {
                final LexiconMatch noun = nearest(cues, b.cue, EnumSet.of(CueRole.CEASEFIRE, CueRole.AGREEMENT, CueRole.EXTENSION));
                if (noun != null) {
                    out.add(new Typed(AlertType.CEASEFIRE_EXTENSION, noun));
                }
            }
            case MEET -> {
                if (councilHere && !assemblyHere) {
                    out.add(new Typed(AlertType.SECURITY_COUNCIL_MEETING, first(cues, CueRole.COUNCIL)));
                } else {
                    final LexiconMatch noun = nearest(cues, b.cue, EnumSet.of(CueRole.TALKS, CueRole.SESSION, CueRole.MEETING));
                    final AlertType t = noun == null ? null : eventOf(art, s, cues, noun);
                    if (t != null) {
                        out.add(new Typed(t, noun));
                    } else if (noun == null && art.persons(s) >= 2) {
                        out.add(new Typed(AlertType.TALKS_SCHEDULED, null)); // two named people meet
                    }
                }
            }
            case VOTE, VETO -> {
                if (council) {
                    out.add(new Typed(AlertType.SECURITY_COUNCIL_MEETING, first(cues, CueRole.COUNCIL)));
                }
            }
            case REJECT -> {
                // "the draft was rejected": a vote, when what was rejected is a text before the Council
                if (council && (councilHere || has(cues, CueRole.RESOLUTION) || has(cues, CueRole.DRAFT))) {
                    out.add(new Typed(AlertType.SECURITY_COUNCIL_MEETING, first(cues, CueRole.COUNCIL)));
                }
            }
            case ADOPT -> {
                if (has(cues, CueRole.RESOLUTION) || councilHere) {
                    if (!has(cues, CueRole.VETO)) {
                        out.add(new Typed(AlertType.RESOLUTION_ADOPTED, first(cues, CueRole.RESOLUTION)));
                    }
                    if (council) {
                        out.add(new Typed(AlertType.SECURITY_COUNCIL_MEETING, first(cues, CueRole.COUNCIL)));
                    }
                }
            }
            default -> { }
        }
        return out;
    }

    /** The event an event noun names in this sentence, or null. */
    private AlertType eventOf(Article art, Sentence s, List<LexiconMatch> cues, LexiconMatch noun) {
        return switch (role(noun)) {
            case CEASEFIRE -> AlertType.CEASEFIRE_START;
            case EXTENSION -> AlertType.CEASEFIRE_EXTENSION;
            case AGREEMENT -> art.ceasefire ? AlertType.CEASEFIRE_START : null;
            case TALKS -> AlertType.TALKS_SCHEDULED;
            case COUNCIL -> has(cues, CueRole.ASSEMBLY) ? null : AlertType.SECURITY_COUNCIL_MEETING;
            case SESSION -> has(cues, CueRole.ASSEMBLY) || !(art.council || has(cues, CueRole.COUNCIL)) ? null
                : AlertType.SECURITY_COUNCIL_MEETING;
            case MEETING -> has(cues, CueRole.COUNCIL) ? AlertType.SECURITY_COUNCIL_MEETING
                : art.persons(s) >= 2 ? AlertType.TALKS_SCHEDULED : null;
            case VOTE -> has(cues, CueRole.ASSEMBLY) || !(art.council || has(cues, CueRole.COUNCIL)) ? null
                : AlertType.SECURITY_COUNCIL_MEETING;
            default -> null;
        };
    }

    /**
     * The event noun a predicate is about: the nearest in its clause, else the sentence's first, else the last one of
     * the two sentences before (an anaphor such as "it will take effect").
     */
    private LexiconMatch noun(Article art, Sentence s, List<LexiconMatch> cues, LexiconMatch pred) {
        LexiconMatch best = null;
        int bestDistance = Integer.MAX_VALUE;
        LexiconMatch firstInSentence = null;
        for (int i = 0; i < cues.size(); i++) {
            final LexiconMatch c = cues.get(i);
            if (c == pred || !EVENT_NOUNS.contains(role(c)) || afterOblique(cues, i)) {
                continue;
            }
            if (firstInSentence == null) {
                firstInSentence = c;
            }
            final int from = Math.min(c.end(), pred.end());
            final int to = Math.max(c.start(), pred.start());
            // "talks, which began on …": a relative clause is about the noun before its comma
            if (clauseBreaks(art.text, from, to) - (c.end() <= pred.start() ? relativeOpenings(art.text, cues, from, to) : 0) > 0) {
                continue;
            }
            final int d = c.start() < pred.start() ? pred.start() - c.end() : (c.start() - pred.end()) * 3 / 2;
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (best != null) {
            return best;
        }
        if (firstInSentence != null) {
            return firstInSentence;
        }
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - 2); k--) {
            final List<LexiconMatch> before = within(art.cues, art.a.sentences().get(k));
            for (int i = before.size() - 1; i >= 0; i--) {
                if (EVENT_NOUNS.contains(role(before.get(i)))) {
                    return before.get(i);
                }
            }
        }
        return null;
    }

    private void addCandidate(Article art, Sentence s, List<LexiconMatch> cues, Binding b, Typed t,
                              List<DatedSpan> untils, List<Candidate> out) {
        final LocalDate date = b.span.date();
        final LocalDate pub = art.a.publicationDate();
        switch (t.type) {
            case TALKS_SCHEDULED -> {
                if (date.isBefore(pub)) {
                    return;
                }
            }
            case CEASEFIRE_START, CEASEFIRE_EXTENSION -> {
                if (date.isBefore(pub.minusDays(CEASEFIRE_PAST_DAYS))) {
                    return;
                }
            }
            case SECURITY_COUNCIL_MEETING, RESOLUTION_ADOPTED -> {
                if (has(cues, CueRole.PRESS)) {
                    return;
                }
            }
            default -> { }
        }
        if (date.isAfter(pub.plusDays(FUTURE_DAYS))) {
            return;
        }
        final Modality modality = modality(art, s, b, date, pub);
        final boolean ceasefire = t.type == AlertType.CEASEFIRE_START || t.type == AlertType.CEASEFIRE_EXTENSION;
        final String duration = ceasefire ? duration(art, s, b.cue) : null;
        String until = null;
        if (ceasefire) {
            for (DatedSpan u : untils) {
                if (u != b.span) {
                    until = u.date().toString();
                }
            }
        }
        final String place = ceasefire ? art.ceasefirePlace(s, t.noun != null ? t.noun.start() : b.cue.start())
            : t.type == AlertType.TALKS_SCHEDULED ? art.place(s, b.cue.start()) : null;
        final String resolution = t.type == AlertType.RESOLUTION_ADOPTED ? art.resolution(s, cues) : null;
        final List<String> rules = new ArrayList<>();
        rules.add("cue:" + b.cue.id());
        if (t.noun != null && t.noun != b.cue) {
            rules.add("event:" + t.noun.id());
        }
        rules.addAll(b.span.rules());
        rules.add(b.rule);
        final Statement st = new Statement(t.type, date.toString(), b.span.time(), b.span.offset(), place, duration, until,
            resolution, modality, art.text.substring(s.start(), s.end()), s.start(), s.end(), List.copyOf(rules));
        // one clock rule alone (the tagger joins the rules of a day word and a clock time with '+')
        final boolean clockOnly = date.equals(pub) && b.span.parts().stream()
            .allMatch(e -> e.kind() == TimeKind.TIME && e.rule().indexOf('+') < 0 && e.rule().contains("-time-"));
        out.add(new Candidate(st, b.cost, clockOnly, s.index()));
    }

    private Modality modality(Article art, Sentence s, Binding b, LocalDate date, LocalDate pub) {
        final LexiconMatch pred = b.cue;
        final int windowStart = Math.max(s.start(), pred.start() - MODALITY_WINDOW);
        // a condition after the event and its date, in their clause or opening the next: "on March 7 if the truce holds"
        final int after = Math.max(pred.end(), b.span.end());
        final int clauseEnd = clauseEnd(art.text, after, s.end());
        boolean neg = false;
        boolean hypo = false;
        boolean propose = false;
        boolean accept = false;
        for (LexiconMatch m : art.mods) {
            if (m.start() >= after && m.start() < s.end() && m.start() - after <= CONDITION_AFTER
                && "HYPO".equals(m.label()) && clauseEnd >= Spaces.lastNonSpaceBefore(art.text, m.start())) {
                hypo = true;
            }
            if (m.start() < s.start() || m.start() >= pred.end()) {
                continue;
            }
            final ModalityCue cue = ModalityCue.valueOf(m.label());
            if (cue == ModalityCue.ACCEPT) {
                accept = true;
            }
            if (m.start() < windowStart) {
                continue;
            }
            switch (cue) {
                case NEG -> neg |= pred.start() - m.end() <= NEGATION_WINDOW || m.end() > pred.start();
                case HYPO -> hypo = true;
                // "قابلة للتجديد", "may be extended", "renewable": a possibility qualifies the word next to it only
                case POSSIBLE -> hypo |= (pred.start() - m.end() <= POSSIBLE_REACH || m.end() > pred.start())
                    && clauseBreaks(art.text, Math.min(m.end(), pred.start()), pred.start()) == 0;
                case PROPOSE -> propose |= !COUNCIL_ACTS.contains(b.role);
                default -> { }
            }
        }
        if (neg) {
            return Modality.NEGATED;
        }
        if (hypo) {
            return Modality.HYPOTHETICAL;
        }
        if (propose && !accept) {
            return Modality.PROPOSED;
        }
        return date.isBefore(pub) ? Modality.REPORTED : Modality.SCHEDULED;
    }

    /** Offset of the first clause break at or after {@code at}, else {@code end}. */
    private static int clauseEnd(String text, int at, int end) {
        for (int i = at; i < end; i++) {
            final char ch = text.charAt(i);
            if (ch == ',' || ch == '،' || ch == ';' || ch == '؛') {
                return i;
            }
        }
        return end;
    }

    private static String duration(Article art, Sentence s, LexiconMatch pred) {
        TimeExpression best = null;
        for (TimeExpression e : art.a.times()) {
            if (e.kind() == TimeKind.DURATION && s.contains(e.start())
                && (best == null || Math.abs(e.start() - pred.start()) < Math.abs(best.start() - pred.start()))) {
                best = e;
            }
        }
        return best == null ? null : best.value();
    }

    /**
     * A bare clock time takes the day of the same event dated last in the six sentences before ("Talks will be held
     * tomorrow. … They should start at 13:00."): the tagger could only give it the publication day.
     */
    private static List<Candidate> carryDays(List<Candidate> candidates) {
        final List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Candidate day = null;
            if (c.clockOnly && c.st.modality().raisesAlert()) {
                for (Candidate e : out) {
                    if (e.st.type() == c.st.type() && e.sentence < c.sentence && c.sentence - e.sentence <= CARRY_SENTENCES
                        && e.st.time() == null && !e.st.date().equals(c.st.date()) && e.st.modality().raisesAlert()) {
                        day = e;
                    }
                }
            }
            if (day == null) {
                out.add(c);
                continue;
            }
            final Statement st = c.st;
            final List<String> rules = new ArrayList<>(st.rules());
            rules.add("assoc:day-of:" + day.st.date());
            out.add(new Candidate(new Statement(st.type(), day.st.date(), st.time(), st.offset(), st.place(), st.duration(),
                st.until(), st.resolution(), day.st.modality(), st.evidence(), st.start(), st.end(), List.copyOf(rules)),
                c.cost, false, c.sentence));
        }
        return out;
    }

    /** One statement per (type, date): the alert-raising one with a clock time and the closest binding wins. */
    private static List<Statement> dedupe(List<Candidate> candidates) {
        final Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byKey.computeIfAbsent(c.st.type() + "|" + c.st.date(), k -> new ArrayList<>()).add(c);
        }
        final List<Statement> out = new ArrayList<>();
        for (List<Candidate> group : byKey.values()) {
            group.sort(Comparator.<Candidate>comparingInt(c -> c.st.modality().raisesAlert() ? 0 : 1)
                .thenComparingInt(c -> c.st.time() != null ? 0 : 1)
                .thenComparingInt(c -> c.cost));
            Statement best = group.get(0).st;
            for (Candidate other : group.subList(1, group.size())) {
                final Statement o = other.st;
                best = new Statement(best.type(), best.date(), best.time(), best.offset(),
                    best.place() != null ? best.place() : o.place(),
                    best.duration() != null ? best.duration() : o.duration(),
                    best.until() != null ? best.until() : o.until(),
                    best.resolution() != null ? best.resolution() : o.resolution(),
                    best.modality(), best.evidence(), best.start(), best.end(), best.rules());
            }
            out.add(best);
        }
        out.sort(Comparator.comparingInt(Statement::start).thenComparing(Statement::type));
        return out;
    }

    private static List<LexiconMatch> within(List<LexiconMatch> all, Sentence s) {
        final List<LexiconMatch> out = new ArrayList<>();
        for (LexiconMatch m : all) {
            if (m.start() >= s.start() && m.start() < s.end()) {
                out.add(m);
            }
        }
        return out;
    }

    static CueRole role(LexiconMatch m) {
        return CueRole.valueOf(m.label());
    }

    private static boolean has(List<LexiconMatch> cues, CueRole role) {
        return first(cues, role) != null;
    }

    private static LexiconMatch first(List<LexiconMatch> cues, CueRole role) {
        for (LexiconMatch c : cues) {
            if (role(c) == role) {
                return c;
            }
        }
        return null;
    }

    /** The MEET cue right after a start predicate (within 40 chars): what it starts ("تستأنف … مشاوراتها"). */
    private static LexiconMatch meetingObject(List<LexiconMatch> cues, LexiconMatch pred) {
        for (LexiconMatch c : cues) {
            if (role(c) == CueRole.MEET && c.start() >= pred.end() && c.start() - pred.end() <= 40) {
                return c;
            }
        }
        return null;
    }

    private static LexiconMatch nearest(List<LexiconMatch> cues, LexiconMatch to, Set<CueRole> roles) {
        LexiconMatch best = null;
        for (LexiconMatch c : cues) {
            if (c != to && roles.contains(role(c))
                && (best == null || Math.abs(c.start() - to.start()) < Math.abs(best.start() - to.start()))) {
                best = c;
            }
        }
        return best;
    }

    /** How far before a ceasefire's event word a location may stand and still be its place (chars). */
    private static final int NEAR_BEFORE = 30;
    private static final Pattern COORDINATOR = Pattern.compile("\\s*(?:(?:and|et|и|y|&)\\s+|و)", Pattern.CASE_INSENSITIVE);

    private record Binding(LexiconMatch cue, CueRole role, DatedSpan span, int cost, String rule) {}

    private record Typed(AlertType type, LexiconMatch noun) {}

    /**
     * @param clockOnly the date span is a bare clock time ("в 13 часов"), whose day the tagger took from the
     *                  publication date
     * @param sentence  index of the sentence
     */
    private record Candidate(Statement st, int cost, boolean clockOnly, int sentence) {}

    /** Per-article facts the rules consult. */
    private static final class Article {
        final AnalysedText a;
        final String text;
        final List<LexiconMatch> cues;
        final List<LexiconMatch> mods;
        final List<DatedSpan> spans;
        final boolean ceasefire;
        final boolean council;
        final String mainLocation;
        final List<LexiconMatch> relatives;
        final List<LexiconMatch> weekdays;

        Article(AnalysedText a, String text, List<LexiconMatch> cues, List<LexiconMatch> mods, List<DatedSpan> spans,
                List<LexiconMatch> relatives, List<LexiconMatch> weekdays) {
            this.a = a;
            this.relatives = relatives;
            this.weekdays = weekdays;
            this.text = text;
            this.cues = cues;
            this.mods = mods;
            this.spans = spans;
            this.ceasefire = cues.stream().anyMatch(c -> role(c) == CueRole.CEASEFIRE || role(c) == CueRole.EXTENSION);
            this.council = cues.stream().anyMatch(c -> role(c) == CueRole.COUNCIL);
            Entity main = null;
            for (Entity e : a.entities()) {
                if (e.type() == EntityType.LOCATION && (main == null || e.mentions().size() > main.mentions().size())) {
                    main = e;
                }
            }
            this.mainLocation = main == null ? null : main.name();
        }

        /** The relative day word a span consists of ("tomorrow", "غدا"), or null. */
        LexiconMatch relativeAt(DatedSpan d) {
            for (LexiconMatch m : relatives) {
                if (m.start() >= d.start() && m.end() <= d.end()) {
                    final String rest = (text.substring(d.start(), m.start()) + text.substring(m.end(), d.end())).strip();
                    return rest.isEmpty() || rest.length() <= 3 ? m : null;
                }
            }
            return null;
        }

        int persons(Sentence s) {
            int n = 0;
            for (Entity e : a.entities()) {
                if (e.type() == EntityType.PERSON && e.mentions().stream().anyMatch(m -> s.contains(m.start()))) {
                    n++;
                }
            }
            return n;
        }

        /** The location named in the sentence nearest the cue, else the article's most mentioned one. */
        String place(Sentence s, int at) {
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Entity e : a.entities()) {
                if (e.type() != EntityType.LOCATION) {
                    continue;
                }
                for (Mention m : e.mentions()) {
                    if (s.contains(m.start()) && Math.abs(m.start() - at) < bestDistance) {
                        bestDistance = Math.abs(m.start() - at);
                        best = e.name();
                    }
                }
            }
            return best != null ? best : mainLocation;
        }

        /**
         * Where a ceasefire applies: the location nearest after the event word (else the cue) in its sentence ("a
         * truce in Idlib", "une trêve dans tout le pays", "هدنة في حلب"); else one right before it that is not one of
         * two coordinated parties ("the Syria deal, nationwide truce", not "Washington and Moscow agreed a truce");
         * else the article's most mentioned one. A location farther before the cue is more often a party or the venue
         * of the deal ("l'accord conclu à Genève … prévoit une trêve") than the ground it covers.
         */
        String ceasefirePlace(Sentence s, int at) {
            String after = null;
            int afterDistance = Integer.MAX_VALUE;
            String before = null;
            int beforeDistance = NEAR_BEFORE + 1;
            for (Entity e : a.entities()) {
                if (e.type() != EntityType.LOCATION) {
                    continue;
                }
                for (Mention m : e.mentions()) {
                    if (!s.contains(m.start())) {
                        continue;
                    }
                    if (m.start() >= at && m.start() - at < afterDistance) {
                        afterDistance = m.start() - at;
                        after = e.name();
                    } else if (m.end() <= at && at - m.end() < beforeDistance && !coordinated(m)) {
                        beforeDistance = at - m.end();
                        before = e.name();
                    }
                }
            }
            if (after != null) {
                return after;
            }
            if (before != null) {
                return before;
            }
            return mainLocation != null ? mainLocation : place(s, at);
        }

        /** Whether a location mention is joined to another by "and" ("Washington and Moscow", "موسكو وواشنطن"). */
        private boolean coordinated(Mention m) {
            for (Entity e : a.entities()) {
                if (e.type() != EntityType.LOCATION) {
                    continue;
                }
                for (Mention o : e.mentions()) {
                    if (o == m) {
                        continue;
                    }
                    final Mention first = o.end() <= m.start() ? o : m.end() <= o.start() ? m : null;
                    if (first == null) {
                        continue;
                    }
                    final Mention second = first == o ? m : o;
                    final String gap = text.substring(first.end(), second.start());
                    final boolean gluedAnd = gap.isBlank() && text.charAt(second.start()) == 'و'; // "وواشنطن"
                    if (gap.length() <= 6 && (gluedAnd || COORDINATOR.matcher(gap).matches())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The resolution named in the sentence, else the number after a resolution cue, else the article's only one. */
        String resolution(Sentence s, List<LexiconMatch> sentenceCues) {
            final List<Entity> resolutions = new ArrayList<>();
            for (Entity e : a.entities()) {
                if (e.type() == EntityType.RESOLUTION) {
                    resolutions.add(e);
                    if (e.mentions().stream().anyMatch(m -> s.contains(m.start()))) {
                        return e.name();
                    }
                }
            }
            for (LexiconMatch c : sentenceCues) {
                if (role(c) == CueRole.RESOLUTION) {
                    final String after = text.substring(c.end(), Math.min(s.end(), c.end() + 30));
                    final Matcher m = RESOLUTION_NUMBER.matcher(after);
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            }
            return resolutions.size() == 1 ? resolutions.get(0).name() : null;
        }
    }
}
