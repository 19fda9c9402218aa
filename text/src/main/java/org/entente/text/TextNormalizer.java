package org.entente.text;

import java.text.Normalizer;

/**
 * Normalises text once, before any matching, the same way for texts and for lexicon entries:
 * <ul>
 *   <li>lower case (per char, so lengths and offsets stay simple);</li>
 *   <li>Latin accents removed (é → e), Russian ё → е, й kept;</li>
 *   <li>Arabic: alef variants (أ إ آ ٱ) → ا, ة → ه, ى → ي, Persian kaf/yeh → Arabic, diacritics and tatweel removed;</li>
 *   <li>Eastern Arabic (٠-٩) and Persian (۰-۹) digits → ASCII;</li>
 *   <li>typographic apostrophes → ', no-break and odd spaces → space, zero-width and bidi marks removed.</li>
 * </ul>
 * Thread-safe; the per-char table is built once.
 */
public final class TextNormalizer {
    private static final String DROP = "";
    private static final String[] TABLE = buildTable();

    private TextNormalizer() {}

    public static NormalizedText normalize(String original) {
        final int n = original.length();
        final StringBuilder out = new StringBuilder(n);
        int[] origin = new int[n + 1];
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            String mapped = TABLE[c];
            if (mapped == null) {
                origin = ensure(origin, out.length() + 1);
                origin[out.length()] = i;
                out.append(c);
            } else {
                for (int k = 0; k < mapped.length(); k++) {
                    origin = ensure(origin, out.length() + 1);
                    origin[out.length()] = i;
                    out.append(mapped.charAt(k));
                }
            }
        }
        origin = ensure(origin, out.length() + 1);
        origin[out.length()] = n;
        return new NormalizedText(original, out.toString(), origin);
    }

    /** Normalises a lexicon entry or pattern literal: same mapping, no offsets. */
    public static String normalizeString(String s) {
        final StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String mapped = TABLE[c];
            if (mapped == null) {
                out.append(c); // no per-char String: this runs on every word of every page
            } else {
                out.append(mapped);
            }
        }
        return out.toString();
    }

    private static int[] ensure(int[] a, int size) {
        if (size < a.length) {
            return a;
        }
        int[] b = new int[Math.max(size + 16, a.length * 2)];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    /** TABLE[c] is null when c maps to itself, else its replacement ("" to drop it). */
    private static String[] buildTable() {
        String[] t = new String[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String mapped = mapChar((char) c);
            if (!(mapped.length() == 1 && mapped.charAt(0) == c)) {
                t[c] = mapped;
            }
        }
        return t;
    }

    private static String mapChar(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return String.valueOf((char) ('0' + (c - '\u0660')));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return String.valueOf((char) ('0' + (c - '\u06F0')));
        }
        switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673': return "\u0627"; // alef variants
            case '\u0629': return "\u0647";               // ta marbuta -> ha
            case '\u0649': return "\u064A";               // alef maqsura -> ya
            case '\u06A9': return "\u0643";               // Persian kaf
            case '\u06CC': return "\u064A";               // Persian yeh
            case '\u0624', '\u0626': return String.valueOf(c); // keep hamza on waw/ya
            case '\u0640': return DROP;                   // tatweel
            case '\u2018', '\u2019', '\u02BC', '\u02BB', '\u2032', '`', '\u00B4': return "'";
            case '\u00A0', '\u2002', '\u2003', '\u2009', '\u200A', '\u202F', '\u2007', '\u3000': return " ";
            case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u2066', '\u2067', '\u2068', '\u2069',
                 '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\uFEFF', '\u00AD': return DROP;
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212': return "-";
            case '\u0419': return "\u0439";               // Й -> й (keep the breve)
            case '\u0439': return "\u0439";
            case '\u0401', '\u0451': return "\u0435";     // ё -> е
            default: break;
        }
        // Arabic diacritics (harakat, shadda, sukun, superscript alef, Quranic marks).
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED')) {
            return DROP;
        }
        char lower = Character.toLowerCase(c);
        if (lower < 0x80 || (c >= '\u0600' && c <= '\u06FF')) {
            return String.valueOf(lower);
        }
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (Character.getType(d) != Character.NON_SPACING_MARK) {
                kept.append(d);
            }
        }
        if (kept.length() == 0) {
            return Character.getType(c) == Character.NON_SPACING_MARK ? DROP : String.valueOf(lower);
        }
        return kept.toString();
    }
}
