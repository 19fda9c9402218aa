package org.entente.enrich.statements;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.enrich.lexicon.PhraseLexicon;

/**
 * The statement data of one language: {@code statements/<lang>/cues.tsv} (labels: {@link CueRole} names) and
 * {@code statements/<lang>/modality.tsv} (labels: {@link ModalityCue} names). Loaded once per language.
 */
record StatementLexicons(PhraseLexicon cues, PhraseLexicon modality) {
    static final List<String> LANGUAGES = List.of("ar", "en", "fr", "ru");
    private static final Map<String, StatementLexicons> CACHE = new ConcurrentHashMap<>();

    static StatementLexicons forLanguage(String lang) {
        final String l = LANGUAGES.contains(lang) ? lang : "en";
        return CACHE.computeIfAbsent(l, k -> new StatementLexicons(
            PhraseLexicon.fromResource("statements/" + k + "/cues.tsv", k),
            PhraseLexicon.fromResource("statements/" + k + "/modality.tsv", k)));
    }
}
