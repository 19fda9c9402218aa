package org.entente.enrich.statements;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.enrich.lexicon.PhraseLexicon;

/**
 * The statement data of one language: {@code statements/<lang>/cues.tsv} (labels: {@link CueRole} names) and
 * {@code statements/<lang>/modality.tsv} (labels: {@link ModalityCue} names) and {@code statements/<lang>/relative.tsv}
 * (labels: day offsets) and {@code statements/<lang>/weekdays.tsv}. Loaded once per language.
 */
record StatementLexicons(PhraseLexicon all) {
    static final int CUES = 0;
    static final int MODALITY = 1;
    static final int RELATIVE = 2;
    static final int WEEKDAYS = 3;

    static final List<String> LANGUAGES = List.of("ar", "en", "fr", "ru");
    private static final Map<String, StatementLexicons> CACHE = new ConcurrentHashMap<>();

    static StatementLexicons forLanguage(String lang) {
        final String l = LANGUAGES.contains(lang) ? lang : "en";
        // one trie for the three files, so the text is scanned once; the layer says which file an entry is from
        return CACHE.computeIfAbsent(l, k -> new StatementLexicons(PhraseLexicon.fromResources(List.of(
            "statements/" + k + "/cues.tsv", "statements/" + k + "/modality.tsv", "statements/" + k + "/relative.tsv",
            "statements/" + k + "/weekdays.tsv"), k)));
    }
}
