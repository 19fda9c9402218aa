package org.entente.enrich.sentences;

import java.util.ArrayList;
import java.util.List;
import org.entente.text.NormalizedText;

/**
 * Splits a text into sentences without a model: a line break always ends a sentence; {@code . ! ? ؟ …} end one when
 * white space follows and the next word does not start in lower case (so "U.S.", "8.30", "P.M. local time" and
 * "Mr. Kerry" stay whole in Latin and Cyrillic scripts). Arabic has no case: there a full stop followed by white space
 * always ends the sentence. Works on the normalised text and reports original offsets.
 */
public final class SentenceSplitter {
    private static final int MIN_ABBREVIATION_GAP = 3;

    private SentenceSplitter() {}

    public static List<Sentence> split(NormalizedText nt) {
        final String t = nt.text();
        final String orig = nt.original();
        final List<Sentence> out = new ArrayList<>();
        final int n = t.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            final char c = t.charAt(i);
            if (c == '\n') {
                add(out, nt, start, i);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '؟' || c == '…') && endsSentence(t, orig, nt, i)) {
                int endAt = i + 1;
                // keep closing quotes and brackets with the sentence they close
                while (endAt < n && isCloser(t.charAt(endAt))) {
                    endAt++;
                }
                add(out, nt, start, endAt);
                start = endAt;
                i = endAt - 1;
            }
        }
        add(out, nt, start, n);
        return out;
    }

    private static boolean endsSentence(String t, String orig, NormalizedText nt, int i) {
        int j = i + 1;
        while (j < t.length() && isCloser(t.charAt(j))) {
            j++;
        }
        if (j >= t.length()) {
            return true;
        }
        if (!Character.isWhitespace(t.charAt(j))) {
            return false;
        }
        while (j < t.length() && Character.isWhitespace(t.charAt(j)) && t.charAt(j) != '\n') {
            j++;
        }
        if (j >= t.length() || t.charAt(j) == '\n') {
            return true;
        }
        final int oj = nt.originalStart(j);
        final char next = orig.charAt(oj);
        if (Character.isLowerCase(next)) {
            return false;
        }
        if (t.charAt(i) == '.') {
            // a single capital before the stop is an initial or part of an abbreviation ("U.S. envoy", "J. Kerry")
            int k = i - 1;
            int letters = 0;
            while (k >= 0 && Character.isLetter(t.charAt(k))) {
                k--;
                letters++;
            }
            final boolean latinOrCyrillic = letters > 0 && !isArabic(t.charAt(i - 1));
            if (latinOrCyrillic && letters < MIN_ABBREVIATION_GAP - 1) {
                return false;
            }
            if (latinOrCyrillic && letters <= 3 && Character.isUpperCase(orig.charAt(nt.originalStart(k + 1)))
                && isTitle(t.substring(k + 1, i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTitle(String word) {
        return switch (word) {
            case "mr", "mrs", "ms", "dr", "gen", "col", "st", "sen", "rep", "gov", "lt", "m", "mme", "г", "гг", "св" -> true;
            default -> false;
        };
    }

    private static boolean isArabic(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '”' || c == '“';
    }

    private static void add(List<Sentence> out, NormalizedText nt, int from, int to) {
        final String t = nt.text();
        while (from < to && Character.isWhitespace(t.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(t.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Sentence(out.size(), nt.originalStart(from), nt.originalEnd(to)));
        }
    }
}
