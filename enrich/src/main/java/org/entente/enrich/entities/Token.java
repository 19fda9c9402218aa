package org.entente.enrich.entities;

/**
 * A word of a normalised text.
 *
 * @param start         offset of the first char in the normalised text
 * @param end           offset after the last char in the normalised text
 * @param keys          the forms it can match under: the word itself, its Russian stem, or its Arabic cores
 * @param form          the normalised word as written (no stem, no clitic stripped)
 * @param script        writing system
 * @param capitalised   the original word begins with an upper-case letter
 * @param allCaps       every letter of the original word is upper case (and it has at least two)
 * @param joinedToPrev  only spaces, hyphens, apostrophes or dots separate it from the previous word
 * @param sentenceStart it opens a sentence, a paragraph or a quotation
 */
record Token(int start, int end, String[] keys, String form, Script script, boolean capitalised, boolean allCaps,
             boolean joinedToPrev, boolean sentenceStart) {

    String key() {
        return keys[0];
    }

    boolean hasKey(java.util.Set<String> set) {
        for (String k : keys) {
            if (set.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
