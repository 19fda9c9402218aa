package org.entente.enrich.lexicon;

/**
 * A lexicon entry found in a text.
 *
 * @param entry the entry
 * @param start offset of the first char in the original text
 * @param end   offset after the last char in the original text
 */
public record LexiconMatch(LexiconEntry entry, int start, int end) {
    public String label() {
        return entry.label();
    }

    public String id() {
        return entry.id();
    }
}
