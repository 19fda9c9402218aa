package org.entente.text;

/**
 * A text after {@link TextNormalizer}, with a map from every normalised char back to the original.
 * Matchers work on {@link #text()} and report offsets in the original with {@link #originalStart} and
 * {@link #originalEnd}.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] origin; // origin[i] = index in original of normalised char i; origin[text.length()] = original.length()

    NormalizedText(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    public String original() {
        return original;
    }

    /** The normalised text: lower case, no diacritics, unified letter variants, ASCII digits. */
    public String text() {
        return text;
    }

    /** Offset in the original of the normalised char at {@code normalizedIndex}. */
    public int originalStart(int normalizedIndex) {
        return origin[normalizedIndex];
    }

    /** Offset in the original just after the normalised range ending (exclusive) at {@code normalizedEnd}. */
    public int originalEnd(int normalizedEnd) {
        if (normalizedEnd <= 0) {
            return 0;
        }
        int last = origin[normalizedEnd - 1];
        int next = origin[normalizedEnd];
        // Chars dropped between two kept ones (diacritics, tatweel) belong to the preceding kept char.
        return next > last ? next : last + 1;
    }

    /** The original text behind a normalised range. */
    public String originalSlice(int normalizedStart, int normalizedEnd) {
        return original.substring(originalStart(normalizedStart), originalEnd(normalizedEnd));
    }
}
