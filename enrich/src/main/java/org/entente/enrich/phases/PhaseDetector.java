package org.entente.enrich.phases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.enrich.AnalysedText;
import org.entente.enrich.lexicon.LexiconMatch;
import org.entente.enrich.lexicon.PhraseLexicon;
import org.entente.enrich.model.Phase;
import org.entente.enrich.model.PhaseCue;
import org.entente.enrich.sentences.Sentence;
import org.entente.enrich.sentences.Spaces;

/**
 * Finds the phase an article reports for its agreement (spec/extraction.md section 4) from cue phrases read in
 * context: their polarity, modality and subject.
 *
 * <p>Three files per language, scanned as one trie. {@code phases/<lang>/cues.tsv}: labels are a {@link Phase};
 * flags: {@code object} (an agreement word must be in the sentence: "signed" counts only when something signable is
 * named), {@code council} (the Security Council must be there), {@code subject} (the agreement must be what the cue
 * is about: the nearest noun in its clause is an agreement word, not talks or another event — "talks, which began on
 * Monday" is not IN_FORCE), {@code weak} (mediation and proposal words: NEGOTIATING only when nothing else is
 * asserted in the article), {@code draft} (a draft resolution: nothing when the article reports a veto or rejection),
 * {@code accented} (the original spelling must carry an accent: the participle "entré", not the present "entre"),
 * {@code endorse} (ENDORSED instead of the label when the Council is in the sentence), {@code head} (the verb's object
 * follows it: the first noun after it in its clause is an agreement word, with no other cue between), {@code apposed}
 * (a participle opening its clause after a comma is about the noun before it), {@code noun} (a nominalisation: any
 * blocker after it in its clause blocks it, "la signature de l'accord est prévue samedi"). A cue labelled
 * {@code IGNORE} asserts nothing and hides the shorter cue it overlaps (the infinitive "conclure" under "conclu*").
 * {@code phases/<lang>/nouns.tsv}: {@code OBJECT} (agreement words), {@code COUNCIL}, {@code OTHER} (events that are
 * not the agreement: talks, offensive, visit), {@code REL} (a relative pronoun opening a clause about the noun before
 * the comma; flagged {@code enclosed}, a blocker inside that clause closed before the cue does not reach it),
 * {@code VETO}. {@code phases/<lang>/blockers.tsv}: negation, future, modal, conditional and proposal
 * words; a cue with one of them in the 40 chars before it (back to a {@code BREAK} word such as "but", in its
 * sentence) asserts nothing — "failed to reach an agreement", "will sign on Monday", "in case of a violation". Talks
 * are blocked by a negation only (planned talks are still talks). Blockers flagged {@code after} count right after
 * the cue too ("достигнуто не было"); a condition after the cue in its clause blocks it ("agreed, provided that …"); an
 * Arabic cue with the preposition ل in front is a purpose ("للتوصل إلى هدنة": in order to reach a truce).
 */
public final class PhaseDetector {
    private static final List<String> LANGUAGES = List.of("ar", "en", "fr", "ru");
    private static final int CUES = 0;
    private static final int BLOCKERS = 1;
    private static final int BLOCKER_WINDOW = 40;
    private static final int AFTER_WINDOW = 25;
    private static final int CONDITION_WINDOW = 50;
    private static final String IGNORE = "IGNORE";
    private static final Set<Phase> AGREEMENT_REACHED = EnumSet.of(Phase.AGREED, Phase.SIGNED, Phase.ENDORSED,
        Phase.IN_FORCE, Phase.EXTENDED);

    private final Map<String, PhraseLexicon> lexicons = new ConcurrentHashMap<>();

    public static PhaseDetector load() {
        final PhaseDetector d = new PhaseDetector();
        for (String lang : LANGUAGES) {
            d.lexicons(lang);
        }
        return d;
    }

    private PhaseDetector() {}

    /** Cues (layer 0), blockers (layer 1) and nouns (layer 2) of a language in one trie: the text is scanned once. */
    private PhraseLexicon lexicons(String lang) {
        final String l = LANGUAGES.contains(lang) ? lang : "en";
        return lexicons.computeIfAbsent(l, k -> PhraseLexicon.fromResources(
            List.of("phases/" + k + "/cues.tsv", "phases/" + k + "/blockers.tsv", "phases/" + k + "/nouns.tsv"), k));
    }

    /** Every phase assertion in the text, in text order. */
    public List<PhaseCue> detect(AnalysedText a) {
        final List<LexiconMatch> cues = new ArrayList<>();
        final List<LexiconMatch> blockers = new ArrayList<>();
        final List<LexiconMatch> nouns = new ArrayList<>();
        boolean vetoed = false;
        for (LexiconMatch m : lexicons(a.lang()).find(a.text())) {
            switch (m.entry().layer()) {
                case CUES -> cues.add(m);
                case BLOCKERS -> blockers.add(m);
                default -> {
                    nouns.add(m);
                    vetoed |= "VETO".equals(m.label());
                }
            }
        }
        final String text = a.original();
        final Context ctx = new Context(text, "ar".equals(a.lang()));
        final List<PhaseCue> strong = new ArrayList<>();
        final List<PhaseCue> weak = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            final List<LexiconMatch> sc = within(cues, s);
            if (sc.isEmpty()) {
                continue;
            }
            final List<LexiconMatch> sn = within(nouns, s);
            final List<LexiconMatch> sb = within(blockers, s);
            final boolean object = has(sn, "OBJECT");
            final boolean council = has(sn, "COUNCIL");
            for (int i = 0; i < sc.size(); i++) {
                final LexiconMatch m = sc.get(i);
                if (IGNORE.equals(m.label())) {
                    continue; // an infinitive or future form that hides the stem cue ("conclure", "prolongera")
                }
                final String flags = m.entry().flags();
                final Phase phase = flags.contains("endorse") && council ? Phase.ENDORSED : Phase.valueOf(m.label());
                if ((flags.contains("object") && !object) || (flags.contains("council") && !council)
                    || (flags.contains("draft") && vetoed) || (flags.contains("accented") && !ctx.accented(m))
                    || (flags.contains("subject") && !aboutTheAgreement(ctx, s, sn, m))
                    || (flags.contains("head") && !headsTheAgreement(ctx, s, sc, i, sn))
                    || blocked(ctx, s, sb, sn, m, phase, nextAssertion(sc, i, s))) {
                    continue;
                }
                final PhaseCue cue = new PhaseCue(phase, text.substring(s.start(), s.end()), m.start(), m.end(), m.id());
                (flags.contains("weak") ? weak : strong).add(cue);
            }
        }
        if (strong.isEmpty()) {
            return weak;
        }
        return strong;
    }

    /**
     * Whether the nearest noun in the cue's clause is an agreement word. A clause opened by a relative pronoun after a
     * comma ("talks, which began …") is about the noun before the comma, and so is a clause without a noun.
     */
    private static boolean aboutTheAgreement(Context ctx, Sentence s, List<LexiconMatch> nouns, LexiconMatch cue) {
        int from = ctx.clauseStart(s, cue.start());
        if (from > s.start() && cue.entry().flags().contains("apposed")
            && Spaces.firstNonSpaceFrom(ctx.text(), from) == cue.start()) {
            // "…, rompue par une série de frappes": a participle opening its clause is about the noun before it
            return lastNounBefore(nouns, from);
        }
        if (from > s.start() && relativeAt(ctx, nouns, from) != null) {
            from = ctx.clauseStart(s, from - 1);
        }
        final int to = ctx.clauseEnd(s, cue.end());
        LexiconMatch best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (LexiconMatch n : nouns) {
            final boolean noun = "OBJECT".equals(n.label()) || "OTHER".equals(n.label());
            if (!noun || n.start() < from || n.end() > to || (n.start() < cue.end() && n.end() > cue.start())) {
                continue;
            }
            // a noun after the cue is its subject in Arabic (verb first) as often as one before it; elsewhere less so
            final int d = n.end() <= cue.start() ? cue.start() - n.end()
                : ctx.arabic ? n.start() - cue.end() : (n.start() - cue.end()) * 3 / 2;
            if (d < bestDistance) {
                bestDistance = d;
                best = n;
            }
        }
        if (best == null) {
            // a clause without a noun ("…, extended until Friday, …") is about the last noun before it
            return lastNounBefore(nouns, from);
        }
        return "OBJECT".equals(best.label());
    }

    /** Whether the last agreement or event noun before {@code at} is an agreement word (true when there is none). */
    private static boolean lastNounBefore(List<LexiconMatch> nouns, int at) {
        LexiconMatch best = null;
        for (LexiconMatch n : nouns) {
            if (n.end() <= at && ("OBJECT".equals(n.label()) || "OTHER".equals(n.label()))) {
                best = n;
            }
        }
        return best == null || "OBJECT".equals(best.label());
    }

    /**
     * Whether a verb whose object follows it ("a annoncé un accord") is about the agreement: the first noun after it in
     * its clause is an agreement word, with no other cue in between ("a annoncé la prolongation de la trêve" reports the extension;
     * "…, a annoncé Ryad" is an attribution).
     */
    private static boolean headsTheAgreement(Context ctx, Sentence s, List<LexiconMatch> cues, int i,
                                             List<LexiconMatch> nouns) {
        final LexiconMatch cue = cues.get(i);
        final int to = ctx.clauseEnd(s, cue.end());
        int object = -1;
        for (LexiconMatch n : nouns) {
            final boolean noun = "OBJECT".equals(n.label()) || "OTHER".equals(n.label());
            if (n.start() >= cue.end() && n.start() < to && noun) {
                if (!"OBJECT".equals(n.label())) {
                    return false; // "a annoncé la tenue d'élections après l'accord": the elections are announced
                }
                object = n.start();
                break;
            }
        }
        if (object < 0) {
            return false;
        }
        for (int k = i + 1; k < cues.size(); k++) {
            final LexiconMatch next = cues.get(k);
            if (!IGNORE.equals(next.label())) {
                return next.start() >= object;
            }
        }
        return true;
    }

    /** The relative pronoun that opens the clause starting at {@code clauseStart}, or null. */
    private static LexiconMatch relativeAt(Context ctx, List<LexiconMatch> nouns, int clauseStart) {
        final int at = Spaces.firstNonSpaceFrom(ctx.text(), clauseStart);
        for (LexiconMatch n : nouns) {
            if (n.start() == at && "REL".equals(n.label())) {
                return n;
            }
        }
        return null;
    }

    /**
     * Whether a blocker lies in a relative clause closed before the cue, opened by a pronoun flagged {@code enclosed}:
     * "le cessez-le-feu, qui doit entrer en vigueur dimanche, a été conclu" — the future is the clause's, not the cue's.
     */
    private static boolean enclosed(Context ctx, Sentence s, List<LexiconMatch> nouns, LexiconMatch blocker,
                                    LexiconMatch cue) {
        final int from = ctx.clauseStart(s, blocker.start());
        if (from <= s.start() || ctx.clauseEnd(s, blocker.end()) >= cue.start()) {
            return false;
        }
        final LexiconMatch rel = relativeAt(ctx, nouns, from);
        return rel != null && rel.entry().flags().contains("enclosed");
    }

    private static boolean blocked(Context ctx, Sentence s, List<LexiconMatch> blockers, List<LexiconMatch> nouns,
                                   LexiconMatch cue, Phase phase, int nextCue) {
        final boolean talks = phase == Phase.NEGOTIATING;
        final boolean nominal = cue.entry().flags().contains("noun");
        final int from = Math.max(ctx.afterLastSemicolon(s.start(), cue.start()), cue.start() - BLOCKER_WINDOW);
        boolean before = false;
        for (LexiconMatch b : blockers) {
            if (b.start() >= cue.end()) {
                break;
            }
            if (b.start() >= cue.start()) {
                // inside a gapped cue ("has not held") only a negation counts ("resolution demanding" is the cue itself)
                before |= "NEG".equals(b.label());
                continue;
            }
            if (b.start() < from || enclosed(ctx, s, nouns, b, cue)) {
                continue;
            }
            switch (b.label()) {
                case "BREAK" -> before = false; // "…, but the truce took effect": what came before is another clause
                case "IGNORE" -> { }
                case "NEG" -> before = true;
                default -> before |= !talks;
            }
        }
        if (before || !talks && ctx.arabic && ctx.purposePrefix(cue)) {
            return true;
        }
        for (LexiconMatch b : blockers) {
            if (b.start() < cue.end()) {
                continue;
            }
            if (b.start() >= s.end() || "BREAK".equals(b.label()) || ctx.semicolonBetween(cue.end(), b.start())) {
                break;
            }
            if (b.entry().flags().contains("after") && b.start() - cue.end() <= AFTER_WINDOW
                && (!talks || "NEG".equals(b.label()))) {
                return true;
            }
            // a condition later in the cue's clause, or opening the next one, before the next cue: "agreed, provided
            // that Moscow accepts"; not one in a clause further on ("…, the army will respond in case of a breach").
            // A nominalisation takes its tense from the verb after it: "la signature de l'accord est prévue samedi"
            final boolean after = "HYPO".equals(b.label()) || nominal && !"IGNORE".equals(b.label());
            if (!talks && after && b.start() - cue.end() <= CONDITION_WINDOW && b.start() < nextCue
                && ctx.clauseEnd(s, cue.end()) >= Spaces.lastNonSpaceBefore(ctx.text(), b.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The distinct phases asserted, in phase order. Talks are the history of an agreement once one is reported, so
     * NEGOTIATING is kept only while nothing was agreed (or alongside a breakdown). A signing or an extension is also
     * an agreement reached (AGREED).
     */
    public static List<Phase> aggregate(List<PhaseCue> cues) {
        final EnumSet<Phase> found = EnumSet.noneOf(Phase.class);
        for (PhaseCue c : cues) {
            found.add(c.phase());
        }
        if (found.contains(Phase.SIGNED) || found.contains(Phase.EXTENDED)) {
            found.add(Phase.AGREED);
        }
        if (found.stream().anyMatch(AGREEMENT_REACHED::contains)) {
            found.remove(Phase.NEGOTIATING);
        }
        return List.copyOf(found);
    }

    /** The latest phase in spec order, or null. */
    public static Phase latest(List<Phase> phases) {
        return phases.isEmpty() ? null : phases.get(phases.size() - 1);
    }

    /** Where the next cue other than talks starts (a condition after it is its own), else the sentence end. */
    private static int nextAssertion(List<LexiconMatch> sentenceCues, int i, Sentence s) {
        for (int k = i + 1; k < sentenceCues.size(); k++) {
            final String label = sentenceCues.get(k).label();
            if (!"NEGOTIATING".equals(label) && !IGNORE.equals(label)) {
                return sentenceCues.get(k).start();
            }
        }
        return s.end();
    }

    private static boolean has(List<LexiconMatch> ms, String label) {
        for (LexiconMatch m : ms) {
            if (label.equals(m.label())) {
                return true;
            }
        }
        return false;
    }

    /** The matches that start in the sentence: a sub-list of the sorted list, found by binary search. */
    private static List<LexiconMatch> within(List<LexiconMatch> sorted, Sentence s) {
        final int from = firstAtOrAfter(sorted, s.start());
        final int to = firstAtOrAfter(sorted, s.end());
        return sorted.subList(from, Math.max(from, to));
    }

    private static int firstAtOrAfter(List<LexiconMatch> sorted, int offset) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The original text with the clause helpers the rules need. */
    private record Context(String text, boolean arabic) {
        private static boolean isClauseBreak(char c) {
            return c == ',' || c == '،' || c == ';' || c == '؛' || c == ':' || c == '(' || c == ')' || c == '—';
        }

        /** Offset after the last clause break before {@code at} in the sentence (or the sentence start). */
        int clauseStart(Sentence s, int at) {
            for (int i = Math.min(at, s.end()) - 1; i >= s.start(); i--) {
                if (isClauseBreak(text.charAt(i))) {
                    return i + 1;
                }
            }
            return s.start();
        }

        /** Offset of the first clause break at or after {@code at} in the sentence (or the sentence end). */
        int clauseEnd(Sentence s, int at) {
            for (int i = at; i < s.end(); i++) {
                if (isClauseBreak(text.charAt(i))) {
                    return i;
                }
            }
            return s.end();
        }

        /**
         * An Arabic cue written with the preposition ل in front ("للتوصل إلى هدنة", "لتوقيع الاتفاق"): "in order to",
         * a purpose, not an event.
         */
        boolean purposePrefix(LexiconMatch cue) {
            final String phrase = cue.entry().phrase();
            int at = cue.start();
            if (at + 1 < text.length() && (text.charAt(at) == 'و' || text.charAt(at) == 'ف') && !phrase.startsWith("و")
                && !phrase.startsWith("ف")) {
                at++;
            }
            return text.charAt(at) == 'ل' && !phrase.startsWith("ل");
        }

        /** Whether the cue's original spelling carries an accented Latin letter ("entré", not "entre"). */
        boolean accented(LexiconMatch cue) {
            for (int i = cue.start(); i < cue.end(); i++) {
                final char c = text.charAt(i);
                if (c >= 0x00C0 && c <= 0x024F) {
                    return true;
                }
            }
            return false;
        }

        /** Offset after the last semicolon in [from, to), or {@code from}. */
        int afterLastSemicolon(int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                final char c = text.charAt(i);
                if (c == ';' || c == '؛') {
                    return i + 1;
                }
            }
            return from;
        }

        boolean semicolonBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                final char c = text.charAt(i);
                if (c == ';' || c == '؛') {
                    return true;
                }
            }
            return false;
        }
    }
}
