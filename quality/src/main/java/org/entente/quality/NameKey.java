package org.entente.quality;

import java.text.Normalizer;

/**
 * The form in which entity names are compared (spec/extraction.md section 1): case-insensitive, without
 * diacritics, punctuation or a leading "the " / "al-". Reproduces {@code norm_name} of {@code score_news.py}.
 */
public final class NameKey {

    private NameKey() {}

    public static String normalize(String name) {
        final String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD);
        final StringBuilder bare = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !PyText.isCombining(cp)).forEach(bare::appendCodePoint);
        String s = PyText.casefold(bare.toString());
        s = PyText.NOT_WORD_OR_SPACE.matcher(s).replaceAll(" ");
        s = PyText.strip(PyText.SPACES.matcher(s).replaceAll(" "));
        // In this order, as the reference does: "the al-X" loses both, "al-the X" only "al".
        for (String prefix : new String[] {"the ", "al "}) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length());
            }
        }
        return s;
    }
}
