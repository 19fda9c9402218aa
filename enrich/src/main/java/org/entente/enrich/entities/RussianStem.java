package org.entente.enrich.entities;

/**
 * Suffix stripping for Russian tokens so that inflected forms meet their dictionary form: "Лаврова", "Лаврову"
 * → "лавров"; "России", "Россию" → "росси"; "российского" → "российск". Unlike Lucene's
 * RussianLightStemmer it keeps the surname endings -ов/-ев/-ин, so "Лавров" and "Лаврова" share one stem.
 * The same function is applied to gazetteer aliases and to text, which is all that matching needs.
 */
final class RussianStem {
    // Longest first; case endings of nouns and adjectives, not derivational suffixes.
    private static final String[] ENDINGS = {
        "ыми", "ими", "ого", "его", "ому", "ему", "ями", "ами", "ием",
        "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ым", "им", "ом", "ем", "ах", "ях", "ам", "ям",
        "ых", "их", "ую", "юю",
        "а", "я", "у", "ю", "е", "и", "ы", "о", "ь", "й"
    };
    private static final String VOWELS = "аеиоуыэюяйь";

    private RussianStem() {}

    // Nouns in -ия keep their "и" so that "Нигерия" (нигери) stays apart from "Нигер" and "Сулеймания" from "Сулеймани".
    private static final String[] IYA = {"иями", "иям", "иях", "ией", "ия", "ии", "ию"};

    static String stem(String w) {
        for (String e : IYA) {
            if (w.length() - e.length() >= 3 && w.endsWith(e)) {
                return w.substring(0, w.length() - e.length()) + "и";
            }
        }
        String s = stripOnce(w);
        // A second pass only over a trailing vowel: "сергея" → "серге" → "серг" like "сергей" → "серг".
        if (s.length() < w.length() && s.length() > 3 && VOWELS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String stripOnce(String w) {
        for (String e : ENDINGS) {
            if (w.length() - e.length() >= 3 && w.endsWith(e)) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }
}
