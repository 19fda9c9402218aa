package org.entente.enrich.entities;

/**
 * Russian Cyrillic to Latin in the BGN/PCGN style English newsrooms use ("Дмитрий Полянский" → Dmitriy Polyanskiy),
 * for names found by a role rule that the gazetteer does not know.
 */
final class Transliteration {
    private static final String CYR = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static final String[] LAT = {
        "a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
        "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
    };

    private Transliteration() {}

    static String latin(String s) {
        final StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            final char lower = Character.toLowerCase(c);
            final int k = CYR.indexOf(lower);
            if (k < 0) {
                b.append(c);
                continue;
            }
            String l = LAT[k];
            // Initial е / е after a vowel is "ye" (Yevgeny); "ий" at a word's end is "iy" as in common usage.
            if (lower == 'е' && (i == 0 || !Character.isLetter(s.charAt(i - 1)) || "аеиоуыэюяьъ".indexOf(Character.toLowerCase(s.charAt(i - 1))) >= 0)) {
                l = "ye";
            }
            if (!l.isEmpty() && Character.isUpperCase(c)) {
                l = Character.toUpperCase(l.charAt(0)) + l.substring(1);
            }
            b.append(l);
        }
        return b.toString();
    }
}
