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

/**
 * Finds the phase an article reports for its agreement (spec/extraction.md section 4) from cue phrases.
 *
 * <p>{@code phases/<lang>/cues.tsv}: labels are a {@link Phase} name, {@code OBJECT} (a word for the agreement:
 * truce, deal, اتفاق …) or {@code COUNCIL}; the flags column may ask for an {@code object} and/or the {@code council}
 * in the same sentence ("signed" counts only when something signable is named). {@code phases/<lang>/blockers.tsv}:
 * negation, future, modal, conditional and proposal words; a cue with one of them in the 40 chars before it, in its
 * sentence, asserts nothing ("failed to reach an agreement", "will sign on Monday", "in case of a violation").
 */
public final class PhaseDetector {
    private static final List<String> LANGUAGES = List.of("ar", "en", "fr", "ru");
    private static final int BLOCKER_WINDOW = 40;
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

    /** Cues (layer 0) and blockers (layer 1) of a language in one trie, so the text is scanned once. */
    private PhraseLexicon lexicons(String lang) {
        final String l = LANGUAGES.contains(lang) ? lang : "en";
        return lexicons.computeIfAbsent(l, k -> PhraseLexicon.fromResources(
            List.of("phases/" + k + "/cues.tsv", "phases/" + k + "/blockers.tsv"), k));
    }

    /** Every phase assertion in the text, in text order. */
    public List<PhaseCue> detect(AnalysedText a) {
        final List<LexiconMatch> cues = new ArrayList<>();
        final List<LexiconMatch> blockers = new ArrayList<>();
        for (LexiconMatch m : lexicons(a.lang()).find(a.text())) {
            (m.entry().layer() == 0 ? cues : blockers).add(m);
        }
        final List<PhaseCue> out = new ArrayList<>();
        final String text = a.original();
        for (Sentence s : a.sentences()) {
            boolean object = false;
            boolean council = false;
            for (LexiconMatch m : cues) {
                if (s.contains(m.start())) {
                    object |= "OBJECT".equals(m.label());
                    council |= "COUNCIL".equals(m.label());
                }
            }
            for (LexiconMatch m : cues) {
                if (!s.contains(m.start()) || "OBJECT".equals(m.label()) || "COUNCIL".equals(m.label())) {
                    continue;
                }
                final String flags = m.entry().flags();
                if ((flags.contains("object") && !object) || (flags.contains("council") && !council)
                    || blocked(blockers, s, m)) {
                    continue;
                }
                out.add(new PhaseCue(Phase.valueOf(m.label()), text.substring(s.start(), s.end()), m.start(), m.end(),
                    m.id()));
            }
        }
        return out;
    }

    private static boolean blocked(List<LexiconMatch> blockers, Sentence s, LexiconMatch cue) {
        final int from = Math.max(s.start(), cue.start() - BLOCKER_WINDOW);
        for (LexiconMatch b : blockers) {
            if (b.start() >= from && b.start() < cue.start() && !"IGNORE".equals(b.label())) {
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
}
