package org.entente.enrich.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organs every state has (foreign ministry, defence ministry), written once as templates ({@code organs.tsv}) and
 * expanded for every state of {@code countries.tsv} with its names and demonyms in each language: "{Adj} Foreign
 * Ministry" → "Kazakh Foreign Ministry", "ministère {adj} des Affaires étrangères" → "ministère kazakh des Affaires
 * étrangères", "МИД {country}" → "МИД Азербайджан" (which meets "МИД Азербайджана" through the stems),
 * "الخارجية {adj_f}" → "الخارجية القطرية".
 * <p>Placeholders: {@code {country}} a name of the state; {@code {adj}} a demonym (masculine singular);
 * {@code {adj_f}} its feminine (French -e/-ne/-que, Arabic ة); {@code {de_country}} French "du / de la / de l' / des /
 * de" + the name (every form is generated, only the right one ever occurs in a text). A template whose placeholder
 * the state lacks in that language gives nothing.
 */
final class OrganTemplates {
    private OrganTemplates() {}

    /** One state's names and demonyms per language, as read from countries.tsv and CLDR. */
    record State(String iso, String canonical, Map<String, List<String>> names, Map<String, List<String>> demonyms) {}

    /** One expanded alias: the organ's canonical name and type marker (ORG+), the language and the alias. */
    record Expanded(String canonical, String lang, String alias) {}

    static List<Expanded> expand(String canonicalTemplate, String lang, String aliasTemplate, State s) {
        final List<Expanded> out = new ArrayList<>();
        final String canonical = canonicalTemplate.replace("{country}", s.canonical());
        for (String alias : fill(aliasTemplate, lang, s)) {
            out.add(new Expanded(canonical, lang, alias));
        }
        return out;
    }

    private static Set<String> fill(String template, String lang, State s) {
        final Set<String> out = new LinkedHashSet<>();
        out.add(template);
        for (String[] p : new String[][] {{"{country}", "n"}, {"{de_country}", "d"}, {"{adj}", "a"}, {"{adj_f}", "f"}}) {
            final Set<String> next = new LinkedHashSet<>();
            for (String t : out) {
                if (!t.contains(p[0])) {
                    next.add(t);
                    continue;
                }
                for (String v : values(p[1], lang, s)) {
                    next.add(t.replace(p[0], v));
                }
            }
            out.clear();
            out.addAll(next);
        }
        return out;
    }

    private static List<String> values(String kind, String lang, State s) {
        final List<String> names = s.names().getOrDefault(lang, List.of());
        final List<String> adjs = s.demonyms().getOrDefault(lang, List.of());
        final List<String> out = new ArrayList<>();
        switch (kind) {
            case "n" -> out.addAll(names);
            case "a" -> out.addAll(adjs);
            case "f" -> {
                for (String a : adjs) {
                    out.add(feminine(a, lang));
                }
            }
            case "d" -> {
                for (String n : names) {
                    for (String de : new String[] {"du ", "de la ", "de l'", "des ", "de "}) {
                        out.add(de + n);
                    }
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return out;
    }

    /** "kazakh" → "kazakhe", "iranien" → "iranienne", "turc" → "turque", "قطري" → "قطرية". */
    static String feminine(String adj, String lang) {
        return switch (lang) {
            case "fr" -> {
                final List<String> forms = Inflections.adjective(adj, "fr");
                yield forms.size() > 1 && !adj.endsWith("e") ? forms.get(1) : adj;
            }
            case "ar" -> adj.endsWith("\u064A") ? adj + "\u0629" : adj;
            default -> adj;
        };
    }
}
