package org.entente.enrich.lexicon;

/**
 * One line of a lexicon file.
 *
 * @param id     stable id, recorded on everything the entry helps to extract
 * @param label  what the entry signals (a cue role, a phase, a modality)
 * @param phrase the phrase, normalised with {@code TextNormalizer.normalizeString}
 * @param flags  optional fourth column (e.g. a context the entry needs), "" when absent
 */
public record LexiconEntry(String id, String label, String phrase, String flags) {}
