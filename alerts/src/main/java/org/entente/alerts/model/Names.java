package org.entente.alerts.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names (places, outlets) to comparable slugs: no diacritics, lower case, words joined by '-'. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|al)-");

    private Names() {
    }

    /** "The Gaza Strip" -> "gaza-strip", "al-Raqqa" -> "raqqa", "Algérie" -> "algerie"; blank -> "". */
    public static String slug(final String name) {
        if (name == null) {
            return "";
        }
        final String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimDashes(slug);
        return LEADING_ARTICLE.matcher(slug).replaceFirst("");
    }

    private static String trimDashes(final String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '-') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '-') {
            to--;
        }
        return s.substring(from, to);
    }
}
