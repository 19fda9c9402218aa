package org.entente.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import org.entente.text.NormalizedText;

/**
 * Splits a {@link NormalizedText} into words (runs of letters and digits) and gives each the keys it matches under.
 * Aliases are tokenised the same way ({@code alias = true}) so that both sides meet: Arabic aliases keep a
 * single core, Arabic text words get every clitic reading.
 */
final class Tokenizer {
    private Tokenizer() {}

    static List<Token> tokenize(NormalizedText nt, boolean alias) {
        final String s = nt.text();
        final String original = nt.original();
        final List<Token> out = new ArrayList<>(s.length() / 5 + 1);
        int i = 0;
        int prevEnd = 0;
        final int n = s.length();
        while (i < n) {
            if (!isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isWordChar(s.charAt(j))) {
                j++;
            }
            final String word = s.substring(i, j);
            final Script script = Script.of(s, i, j);
            final int os = nt.originalStart(i);
            final int oe = nt.originalEnd(j);
            boolean cap = false;
            int letters = 0;
            int upper = 0;
            for (int k = os; k < oe; k++) {
                final char c = original.charAt(k);
                if (Character.isLetter(c)) {
                    if (letters == 0) {
                        cap = Character.isUpperCase(c);
                    }
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
            final boolean caps = letters >= 2 && upper == letters;
            final int acronym = script == Script.CYRILLIC && !caps ? inflectedAcronym(original, os, oe) : 0;
            final String[] keys;
            if (acronym > 0) {
                // "МИДа", "ХАМАСом": an acronym with a lower-case case ending is the acronym.
                keys = new String[] {word.substring(0, Math.min(acronym, word.length()))};
            } else if (caps && script == Script.CYRILLIC) {
                // Acronyms in capitals ("ООН", "МООНСА") are not stemmed: their endings are letters of the acronym.
                // A longer word in capitals may also be a headline or dateline word ("МОСКВА"): its stem as well.
                keys = word.length() >= 5 ? new String[] {word, RussianStem.stem(word)} : new String[] {word};
            } else {
                keys = keys(word, script, alias);
            }
            final boolean first = out.isEmpty();
            final String gap = s.substring(prevEnd, i);
            out.add(new Token(i, j, keys, word, script, cap, caps || acronym > 0,
                    !first && softGap(gap), first || opensSentence(gap)));
            prevEnd = j;
            i = j;
        }
        return out;
    }

    static String[] keys(String word, Script script, boolean alias) {
        return switch (script) {
            case CYRILLIC -> alias || word.length() < 5 || !(word.endsWith("ия") || word.endsWith("ию"))
                    ? new String[] {RussianStem.stem(word)}
                    // "Дмитрия" is the genitive of "Дмитрий" as well as a form of an -ия noun: try both.
                    : new String[] {RussianStem.stem(word), RussianStem.stem(word.substring(0, word.length() - 2) + "ий")};
            case ARABIC -> alias ? new String[] {ArabicClitics.core(word)} : ArabicClitics.candidates(word);
            default -> new String[] {word};
        };
    }

    /** Length of the capital part of "МИДа", "ООНовский" style words (two capitals or more, then lower case), or 0. */
    private static int inflectedAcronym(String original, int from, int to) {
        int k = from;
        while (k < to && Character.isUpperCase(original.charAt(k))) {
            k++;
        }
        if (k - from < 2 || k == to || to - k > 3) {
            return 0;
        }
        for (int m = k; m < to; m++) {
            if (!Character.isLowerCase(original.charAt(m))) {
                return 0;
            }
        }
        return k - from;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** A gap a multi-word name may span: spaces, hyphens, apostrophes, abbreviation dots. */
    private static boolean softGap(String gap) {
        for (int k = 0; k < gap.length(); k++) {
            final char c = gap.charAt(k);
            if (c != ' ' && c != '-' && c != '\'' && c != '.' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean opensSentence(String gap) {
        for (int k = 0; k < gap.length(); k++) {
            final char c = gap.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '«' || c == '“'
                    || c == '(' || c == '—') {
                return true;
            }
        }
        return false;
    }
}
