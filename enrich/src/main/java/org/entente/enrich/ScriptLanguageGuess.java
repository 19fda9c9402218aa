package org.entente.enrich;

/**
 * A last-resort language guess for a document that arrives without one: the majority script (Arabic, Cyrillic,
 * Latin), and for Latin text French when its commonest function words outnumber the English ones.
 */
final class ScriptLanguageGuess {
    private static final String[] FRENCH = {" le ", " la ", " les ", " des ", " du ", " est ", " une ", " et "};
    private static final String[] ENGLISH = {" the ", " of ", " and ", " is ", " to ", " was ", " in ", " a "};

    private ScriptLanguageGuess() {}

    /** @param normalized lower-cased text */
    static String guess(String normalized) {
        int arabic = 0;
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < normalized.length(); i++) {
            final char c = normalized.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                arabic++;
            } else if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
            } else if (c >= 'a' && c <= 'z') {
                latin++;
            }
        }
        if (arabic >= cyrillic && arabic >= latin && arabic > 0) {
            return "ar";
        }
        if (cyrillic >= latin && cyrillic > 0) {
            return "ru";
        }
        return count(normalized, FRENCH) > count(normalized, ENGLISH) ? "fr" : "en";
    }

    private static int count(String text, String[] words) {
        int n = 0;
        for (String w : words) {
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
                n++;
            }
        }
        return n;
    }
}
