package org.entente.enrich.sentences;

/**
 * A sentence of a text, by offsets in the original text.
 *
 * @param index position of the sentence in the text (0-based)
 * @param start offset of the first char
 * @param end   offset after the last char
 */
public record Sentence(int index, int start, int end) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
