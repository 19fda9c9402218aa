package org.entente.enrich.entities;

/**
 * One way of writing an entry in one language.
 *
 * @param entry what it names
 * @param lang  ar, en, fr, ru
 * @param text  the alias as written in the data file
 * @param kind  NAME: always a mention; ADJECTIVE: a demonym that names the state only beside a state word
 *              ("Russian foreign minister"); SURNAME: a place name that is also a family name ("Jordan"),
 *              dropped where it follows a given name or an honorific
 * @param caps  per token: '0' any case, '1' must be capitalised, '2' must be all capitals (acronyms)
 * @param forms per token, the written forms it may take, or null for any form meeting its key: a Russian word
 *              whose stem is three letters or fewer ("Миди" → мид, "Мали" → мал) meets too many other words
 *              ("МИД", "Малая") through the stem, so it matches only its own case forms
 */
record Alias(GazetteerEntry entry, String lang, String text, Kind kind, String caps, java.util.List<java.util.Set<String>> forms) {
    enum Kind { NAME, ADJECTIVE, SURNAME }

    Alias(GazetteerEntry entry, String lang, String text, Kind kind, String caps) {
        this(entry, lang, text, kind, caps, null);
    }

    String rule() {
        return (kind == Kind.ADJECTIVE ? "demonym:" : "gazetteer:") + entry.id() + ":" + lang;
    }

    boolean fits(java.util.List<Token> tokens, int from) {
        for (int k = 0; k < caps.length(); k++) {
            final Token t = tokens.get(from + k);
            if (forms != null && forms.get(k) != null && !forms.get(k).contains(t.form())) {
                return false;
            }
            switch (caps.charAt(k)) {
                case '1' -> {
                    if (!t.capitalised() && !t.allCaps()) {
                        return false;
                    }
                }
                case '2' -> {
                    if (!t.allCaps()) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        return true;
    }
}
