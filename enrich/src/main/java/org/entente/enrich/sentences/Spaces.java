package org.entente.enrich.sentences;

/** Stepping over white space around an offset, for the clause rules of statements and phases. */
public final class Spaces {
    private Spaces() {}

    /** Offset of the first char at or after {@code at} that is not white space (the text length when none). */
    public static int firstNonSpaceFrom(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Offset of the last char before {@code at} that is not white space (0 at the latest). */
    public static int lastNonSpaceBefore(String text, int at) {
        int i = at - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
