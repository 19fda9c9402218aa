package org.entente.enrich.lexicon;

/**
 * One line of a lexicon file.
 *
 * @param id     stable id, recorded on everything the entry helps to extract
 * @param label  what the entry signals (a cue role, a phase, a modality)
 * @param phrase the phrase, normalised with {@code TextNormalizer.normalizeString}
 * @param flags  optional fourth column (e.g. a context the entry needs), "" when absent
 * @param layer  which file of a multi-file lexicon the entry comes from (0 for the first); matches overlap freely
 *               across layers
 */
public record LexiconEntry(String id, String label, String phrase, String flags, int layer) {}
