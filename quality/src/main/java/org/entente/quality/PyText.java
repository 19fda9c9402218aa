package org.entente.quality;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The few Python 3 text primitives the reference scorers ({@code ../shared/tools/*.py}) rely on, reproduced so
 * that {@code entente evaluate} normalises exactly as they do: {@code \w} and {@code \s} of {@code re} on str,
 * {@code str.casefold()}, {@code str.strip()} and {@code unicodedata.combining()}.
 */
final class PyText {

    /** Python's {@code \s} on str ({@code str.isspace()}): Zs, the line/paragraph separators and the C0 separators. */
    private static final String SPACE = "\\t\\n\\x0B\\f\\r\\x1C-\\x1F\\x85\\p{Zs}\\u2028\\u2029";
    /** Python's {@code \w} on str: alphanumeric ({@code str.isalnum()}: categories L* and N*) or underscore. */
    private static final String WORD = "\\p{L}\\p{N}_";

    static final Pattern WORDS = Pattern.compile("[" + WORD + "]+");
    static final Pattern NOT_WORD_OR_SPACE = Pattern.compile("[^" + WORD + SPACE + "]");
    static final Pattern SPACES = Pattern.compile("[" + SPACE + "]+");
    private static final Pattern EDGE_SPACES = Pattern.compile("^[" + SPACE + "]+|[" + SPACE + "]+$");

    private static final Map<Integer, Boolean> COMBINING = new ConcurrentHashMap<>();

    private PyText() {}

    static String strip(String s) {
        return EDGE_SPACES.matcher(s).replaceAll("");
    }

    /**
     * {@code str.casefold()} for text already in NFKD form: lower case, then the full foldings that lower case
     * leaves apart (ß, final sigma, Cherokee small letters fold to capitals).
     */
    static String casefold(String s) {
        final String lower = s.toLowerCase(Locale.ROOT);
        final StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (cp == 'ß') {
                out.append("ss");
            } else if (cp == 'ς') {
                out.append('σ');
            } else if ((cp >= 0x13F8 && cp <= 0x13FD) || (cp >= 0xAB70 && cp <= 0xABBF)) {
                out.appendCodePoint(Character.toUpperCase(cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** {@code unicodedata.combining(c) != 0}: the code point has a non-zero canonical combining class. */
    static boolean isCombining(int cp) {
        final int type = Character.getType(cp);
        if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK) {
            return false; // every code point with a non-zero combining class is a mark
        }
        return COMBINING.computeIfAbsent(cp, PyText::probeCombiningClass);
    }

    /**
     * The JDK does not expose combining classes, but canonical reordering reveals them: a mark with class k > 1
     * moves before U+0334 (class 1); one with 0 < k < 240 moves before U+0345 (class 240); a starter moves never.
     */
    private static boolean probeCombiningClass(int cp) {
        final String c = new String(Character.toChars(cp));
        final String afterLow = Normalizer.normalize("a" + c + "\u0334", Normalizer.Form.NFD);
        final String beforeHigh = Normalizer.normalize("a\u0345" + c, Normalizer.Form.NFD);
        return afterLow.startsWith("a\u0334") || beforeHigh.startsWith("a" + c);
    }

    /** The first {@code n} code points of {@code s}, as Python's {@code s[:n]}. */
    static String prefix(String s, int n) {
        final int count = s.codePointCount(0, s.length());
        return count <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }
}
