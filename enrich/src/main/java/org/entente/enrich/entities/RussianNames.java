package org.entente.enrich.entities;

/**
 * Puts a Russian name found after a title back into the nominative where its ending is unambiguous:
 * instrumental "Стивеном Бигэном" → "Стивен Бигэн", "Полянским" / "Полянского" → "Полянский",
 * feminine "Бодровой" → "Бодрова". Genitive "-а" is left alone: it is also the feminine nominative.
 */
final class RussianNames {
    private RussianNames() {}

    static String nominative(String name) {
        final String[] words = name.split(" ");
        final StringBuilder b = new StringBuilder(name.length());
        for (String w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(word(w));
        }
        return b.toString();
    }

    private static String word(String w) {
        if (w.length() < 5) {
            return w;
        }
        for (String[] r : new String[][] {
                {"ского", "ский"}, {"скому", "ский"}, {"ским", "ский"}, {"ском", "ский"},
                {"цкого", "цкий"}, {"цкому", "цкий"}, {"цким", "цкий"},
                {"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"}}) {
            if (w.endsWith(r[0])) {
                return w.substring(0, w.length() - r[0].length()) + r[1];
            }
        }
        if ((w.endsWith("ом") || w.endsWith("ем")) && !w.endsWith("ском")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }
}
