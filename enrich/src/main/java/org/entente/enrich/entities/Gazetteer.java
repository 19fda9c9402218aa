package org.entente.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.enrich.model.EntityType;
import org.entente.text.TextNormalizer;

/**
 * The gazetteer: entries read from the data files under {@code entities/} and every alias in a {@link TokenTrie}.
 * Country names in the four languages come from the JDK's CLDR display names at load time; the files add what
 * CLDR lacks (canonical English Wikipedia title, Wikidata id, usual short forms and demonyms).
 * Immutable after {@link #load()}.
 */
final class Gazetteer {
    static final List<String> LANGS = List.of("en", "fr", "ru", "ar");
    static final String BASE = "/entities/";
    static final List<String> ENTRY_FILES = List.of("people.tsv", "orgs.tsv", "media.tsv", "places.tsv");
    /** Consumes names that hold a place but name an agreement or an event ("Riyadh Agreement"); yields nothing. */
    static final GazetteerEntry BLOCKED = new GazetteerEntry("blocked", null, "", null, "blocked.tsv");

    private final Map<String, GazetteerEntry> byName = new LinkedHashMap<>();
    private final List<Alias> aliases = new ArrayList<>();
    private final TokenTrie<Alias> trie = new TokenTrie<>();
    private final Map<String, Ambiguity> ambiguities = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Set<GazetteerEntry> stateOrgans = new HashSet<>();
    private final Set<GazetteerEntry> media = new HashSet<>();
    private final Map<Alias, GazetteerEntry> implied = new java.util.IdentityHashMap<>();
    private final List<OrganTemplates.State> states = new ArrayList<>();

    /** How a shared alias is settled: the default entry unless a cue word stands near the mention. */
    record Ambiguity(String lang, String alias, GazetteerEntry preferred, GazetteerEntry alternative, Set<String> cues) {}

    static Gazetteer load() {
        final Gazetteer g = new Gazetteer();
        for (String f : ENTRY_FILES) {
            g.readEntries(f);
        }
        g.readCountries("countries.tsv");
        g.readOrganTemplates("organs.tsv");
        g.readAmbiguities("ambiguous.tsv");
        g.readBlocked("blocked.tsv");
        g.linkStateOrgans();
        return g;
    }

    TokenTrie<Alias> trie() {
        return trie;
    }

    List<Alias> aliases() {
        return Collections.unmodifiableList(aliases);
    }

    Map<String, GazetteerEntry> entries() {
        return Collections.unmodifiableMap(byName);
    }

    GazetteerEntry entry(String name) {
        return byName.get(name);
    }

    /** A news outlet (media.tsv): dropped where it is only the article's own dateline. */
    boolean isMedia(GazetteerEntry e) {
        return media.contains(e);
    }

    /**
     * The news outlet a publisher name designates ("Reuters", "RIA Novosti", "ТАСС", "www.reuters.com"), or null:
     * the first {@code media.tsv} alias in it, whatever its case.
     */
    GazetteerEntry outlet(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        final List<Token> toks = Tokenizer.tokenize(TextNormalizer.normalize(source), false);
        for (int i = 0; i < toks.size(); i++) {
            for (TokenTrie.Hit<Alias> hit : trie.matchesAt(toks, i)) {
                for (Alias a : hit.values()) {
                    if (media.contains(a.entry())) {
                        return a.entry();
                    }
                }
            }
        }
        return null;
    }

    /** The state a state organ's alias names by its demonym or name ("Russian Foreign Ministry" → Russia), or null. */
    GazetteerEntry impliedState(Alias a) {
        return implied.get(a);
    }

    /** The rule settling an alias shared by two entries, or null when the data gives none. */
    Ambiguity ambiguity(GazetteerEntry a, GazetteerEntry b) {
        return ambiguities.get(pairKey(a.name(), b.name()));
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\u0001' + b : b + '\u0001' + a;
    }

    static String joinedKeys(String alias) {
        final List<Token> toks = Tokenizer.tokenize(TextNormalizer.normalize(alias), true);
        final StringBuilder b = new StringBuilder();
        for (Token t : toks) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.key());
        }
        return b.toString();
    }

    // ---- loading ----

    /** Lines: type, canonical name, Wikidata id, then aliases per language (en fr ru ar), '|'-separated. */
    private void readEntries(String file) {
        for (String[] f : rows(file, 7)) {
            final EntityType type = switch (f[0]) {
                case "PER" -> EntityType.PERSON;
                case "ORG", "ORG+" -> EntityType.ORG;
                case "LOC" -> EntityType.LOCATION;
                default -> throw new IllegalArgumentException(file + ": unknown type " + f[0]);
            };
            final GazetteerEntry e = entry(type, f[1], f[2], file);
            if (f[0].equals("ORG+")) {
                stateOrgans.add(e);
            }
            if (file.equals("media.tsv")) {
                media.add(e);
            }
            if (f[1].indexOf('(') < 0 && f[1].indexOf(',') < 0) {
                addAlias(e, "en", f[1]);
            }
            for (int l = 0; l < LANGS.size(); l++) {
                addAliases(e, LANGS.get(l), f[3 + l]);
            }
        }
    }

    /** Lines: ISO 3166 code, canonical name, Wikidata id, capital, then extra aliases per language (en fr ru ar). */
    private void readCountries(String file) {
        for (String[] f : rows(file, 8)) {
            final GazetteerEntry e = entry(EntityType.LOCATION, f[1], f[2].isEmpty() ? f[0] : f[2], file);
            addAlias(e, "en", f[1]);
            final Locale country = new Locale("", f[0]);
            for (int l = 0; l < LANGS.size(); l++) {
                final String lang = LANGS.get(l);
                for (String cldr : cldrForms(country.getDisplayCountry(Locale.forLanguageTag(lang)))) {
                    addAlias(e, lang, cldr);
                }
                addAliases(e, lang, f[4 + l]);
            }
            states.add(state(f));
        }
    }

    /** A state's names (CLDR and typed) and demonym base forms per language, for the organ templates. */
    private static OrganTemplates.State state(String[] f) {
        final Map<String, List<String>> names = new HashMap<>();
        final Map<String, List<String>> demonyms = new HashMap<>();
        final Locale country = new Locale("", f[0]);
        for (int l = 0; l < LANGS.size(); l++) {
            final String lang = LANGS.get(l);
            final List<String> n = new ArrayList<>(cldrForms(country.getDisplayCountry(Locale.forLanguageTag(lang))));
            final List<String> d = new ArrayList<>();
            for (String a : f[4 + l].split("\\|")) {
                final String t = a.strip();
                if (t.startsWith("~")) {
                    d.add(t.substring(1));
                } else if (!t.isEmpty() && !t.startsWith("^") && !n.contains(t)) {
                    n.add(t);
                }
            }
            names.put(lang, List.copyOf(n));
            demonyms.put(lang, List.copyOf(d));
        }
        return new OrganTemplates.State(f[0], f[1], names, demonyms);
    }

    /**
     * Lines: ORG+, canonical template, then alias templates per language (en fr ru ar). Each is expanded for every
     * state ({@link OrganTemplates}). An organ the files already name under another title ("United States
     * Department of State") receives the generated aliases; an alias another entry holds is left to that entry.
     */
    private void readOrganTemplates(String file) {
        for (String[] f : rows(file, 6)) {
            if (!f[0].equals("ORG+")) {
                throw new IllegalArgumentException(file + ": organ templates are ORG+, not " + f[0]);
            }
            for (OrganTemplates.State st : states) {
                final List<OrganTemplates.Expanded> all = new ArrayList<>();
                for (int l = 0; l < LANGS.size(); l++) {
                    for (String t : f[2 + l].split("\\|")) {
                        if (!t.isBlank()) {
                            all.addAll(OrganTemplates.expand(f[1], LANGS.get(l), t.strip(), st));
                        }
                    }
                }
                if (all.isEmpty()) {
                    continue;
                }
                final List<GazetteerEntry> held = new ArrayList<>(all.size()); // looked up once per alias
                GazetteerEntry target = null;
                for (OrganTemplates.Expanded x : all) {
                    final GazetteerEntry h = holder(x.alias());
                    held.add(h);
                    if (target == null && h != null && stateOrgans.contains(h)) {
                        target = h;
                    }
                }
                if (target == null) {
                    target = entry(EntityType.ORG, all.get(0).canonical(), "", file);
                }
                stateOrgans.add(target);
                for (int k = 0; k < all.size(); k++) {
                    if (held.get(k) == null || held.get(k) == target) {
                        addAlias(target, all.get(k).lang(), all.get(k).alias());
                    }
                }
            }
        }
    }

    /** The entry that already holds an alias written so (demonyms aside), or null. */
    private GazetteerEntry holder(String alias) {
        final String[] keys = Tokenizer.tokenize(TextNormalizer.normalize(alias), true).stream()
                .map(Token::key).toArray(String[]::new);
        for (Alias a : trie.get(keys)) {
            if (a.kind() != Alias.Kind.ADJECTIVE) {
                return a.entry();
            }
        }
        return null;
    }

    /** "Myanmar (Burma)" → Myanmar, Burma; "Congo - Kinshasa" → Congo-Kinshasa; typographic apostrophes kept. */
    static List<String> cldrForms(String display) {
        final List<String> out = new ArrayList<>(2);
        final int p = display.indexOf(" (");
        if (p > 0 && display.endsWith(")")) {
            out.add(display.substring(0, p));
            out.add(display.substring(p + 2, display.length() - 1));
        } else {
            out.add(display);
        }
        return out;
    }

    /** Lines: language, alias, preferred canonical name, alternative canonical name, cue words ('|'). */
    private void readAmbiguities(String file) {
        for (String[] f : rows(file, 5)) {
            final GazetteerEntry pref = byName.get(f[2]);
            final GazetteerEntry alt = byName.get(f[3]);
            if (pref == null || alt == null) {
                throw new IllegalArgumentException(file + ": unknown entry in " + String.join(" / ", f));
            }
            final Set<String> cues = new HashSet<>();
            for (String c : f[4].split("\\|")) {
                if (!c.isBlank()) {
                    for (Token t : Tokenizer.tokenize(TextNormalizer.normalize(c.strip()), true)) {
                        cues.add(t.key());
                    }
                }
            }
            final String key = pairKey(pref.name(), alt.name());
            final Ambiguity old = ambiguities.get(key);
            if (old != null) {
                cues.addAll(old.cues());
            }
            ambiguities.put(key, new Ambiguity(f[0], f[1], pref, alt, Set.copyOf(cues)));
        }
    }

    /** Lines: language, phrase. */
    private void readBlocked(String file) {
        for (String[] f : rows(file, 2)) {
            addAlias(BLOCKED, f[0], f[1]);
        }
    }

    /** ORG+ entries are organs of a state: an alias holding the state's name or demonym names the state too. */
    private void linkStateOrgans() {
        for (Alias a : aliases) {
            if (!stateOrgans.contains(a.entry())) {
                continue;
            }
            final List<Token> toks = Tokenizer.tokenize(TextNormalizer.normalize(a.text()), false);
            for (int i = 0; i < toks.size() && !implied.containsKey(a); i++) {
                for (TokenTrie.Hit<Alias> hit : trie.matchesAt(toks, i)) {
                    for (Alias b : hit.values()) {
                        if (b.entry().source().equals("countries.tsv") && b.fits(toks, i)) {
                            implied.put(a, b.entry());
                            break;
                        }
                    }
                    if (implied.containsKey(a)) {
                        break;
                    }
                }
            }
        }
    }

    private GazetteerEntry entry(EntityType type, String name, String id, String file) {
        final GazetteerEntry existing = byName.get(name);
        if (existing != null) {
            if (existing.type() != type) {
                throw new IllegalArgumentException(file + ": " + name + " has two types");
            }
            return existing; // a second record adds aliases to the same entry
        }
        final String wikidata = id.matches("Q\\d+") ? id : null;
        final GazetteerEntry e = new GazetteerEntry(id.isEmpty() ? slug(name) : id, type, name, wikidata, file);
        byName.put(name, e);
        return e;
    }

    private static String slug(String name) {
        return TextNormalizer.normalizeString(name).replaceAll("[^\\p{L}\\p{N}]+", "_");
    }

    private void addAliases(GazetteerEntry e, String lang, String field) {
        if (field.isEmpty()) {
            return;
        }
        for (String a : field.split("\\|")) {
            if (!a.isBlank()) {
                addAlias(e, lang, a.strip());
            }
        }
    }

    private void addAlias(GazetteerEntry e, String lang, String written) {
        Alias.Kind kind = Alias.Kind.NAME;
        String text = written;
        if (text.startsWith("~")) {
            kind = Alias.Kind.ADJECTIVE;
            text = text.substring(1);
        } else if (text.startsWith("^")) {
            kind = Alias.Kind.SURNAME;
            text = text.substring(1);
        }
        final List<String> forms = kind == Alias.Kind.ADJECTIVE ? Inflections.adjective(text, lang) : List.of(text);
        for (String form : forms) {
            final List<Token> toks = Tokenizer.tokenize(TextNormalizer.normalize(form), true);
            if (toks.isEmpty()) {
                continue;
            }
            final String[] keys = new String[toks.size()];
            final StringBuilder caps = new StringBuilder(toks.size());
            List<Set<String>> allowed = null;
            for (int k = 0; k < keys.length; k++) {
                final Token t = toks.get(k);
                keys[k] = t.key();
                final Set<String> own = keys.length == 1 ? shortStemForms(t) : null;
                if (own != null) {
                    if (allowed == null) {
                        allowed = new ArrayList<>(Collections.nCopies(keys.length, (Set<String>) null));
                    }
                    allowed.set(k, own);
                }
                // Acronyms must be in capitals; otherwise the capital counts only for one-word aliases ("Chad", "May"):
                // a name of several words is specific enough whatever its case ("государственного департамента США").
                caps.append(t.script() == Script.ARABIC ? '0' : t.allCaps() ? '2' : t.capitalised() && keys.length == 1 ? '1' : '0');
            }
            final String dedup = e.name() + '\u0001' + kind + '\u0001' + String.join(" ", keys) + '\u0001' + caps;
            if (!seen.add(dedup)) {
                continue;
            }
            final Alias alias = new Alias(e, lang, form, kind, caps.toString(),
                    allowed == null ? null : Collections.unmodifiableList(allowed));
            aliases.add(alias);
            trie.add(keys, alias);
            final String[] whole = consonantFinalWords(toks);
            if (whole != null) {
                trie.add(whole, alias);
            }
        }
    }

    /**
     * The keys of an alias with its Russian words that end in a consonant taken whole, or null when it has none whose
     * stem cut a letter group that is no ending there: "Рафах" stems to раф, but its case forms ("Рафаха", "в Рафахе")
     * stem to рафах; "Тамим", "Цюрих", "Агдам" likewise.
     */
    private static String[] consonantFinalWords(List<Token> toks) {
        String[] out = null;
        for (int k = 0; k < toks.size(); k++) {
            final Token t = toks.get(k);
            final String w = t.form();
            if (t.script() == Script.CYRILLIC && !t.allCaps() && !t.key().equals(w)
                    && "аеёиоуыэюяйь".indexOf(w.charAt(w.length() - 1)) < 0) {
                if (out == null) {
                    out = toks.stream().map(Token::key).toArray(String[]::new);
                }
                out[k] = w;
            }
        }
        return out;
    }

    /** Case endings added to what precedes the final -а/-я (Газа: Газы, Газе, Газу, Газой; Азия: Азии, Азией). */
    private static final List<String> A_DECLENSION = List.of("ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею");
    /** After a final -й (Китай: Китая, Китаю, Китаем, Китае). */
    private static final List<String> J_DECLENSION = List.of("я", "ю", "ем", "е", "и");
    /** After a final consonant (Рафах: Рафаха, Рафаху, Рафахом, Рафахе). */
    private static final List<String> C_DECLENSION = List.of("а", "у", "ом", "е", "ы", "ов");
    /** A plural in -ы (Сумы: Сум, Сумах, Сумам, Сумами). */
    private static final List<String> Y_DECLENSION = List.of("", "ы", "ах", "ам", "ами", "ов");

    /**
     * The forms a one-word Russian alias with a stem of three letters or fewer may take, or null when the stem is
     * enough (in a name of several words the other words make the match specific: "Белого дома", "Силами").
     * Such stems are shared by common words and acronyms ("Миди" → мид = "МИД", "Мали" → мал = "Малая"); the word
     * matches as written and in the case forms of its declension: -а/-я, -й, a consonant, a plural -ы. Names in
     * -и/-о/-у/-е are foreign and do not decline ("в Миди", "из Того").
     */
    private static Set<String> shortStemForms(Token t) {
        if (t.script() != Script.CYRILLIC || t.allCaps() || t.key().length() > 3 || t.key().equals(t.form())) {
            return null;
        }
        final String w = t.form();
        final String body = w.substring(0, w.length() - 1);
        final char last = w.charAt(w.length() - 1);
        final Set<String> out = new HashSet<>();
        out.add(w);
        final List<String> endings;
        final String base;
        if (last == 'а' || last == 'я') {
            base = body;
            endings = A_DECLENSION;
        } else if (last == 'й') {
            base = body;
            endings = J_DECLENSION;
        } else if (last == 'ы') {
            base = body;
            endings = Y_DECLENSION;
        } else if ("еиоуэюь".indexOf(last) < 0) {
            base = w;
            endings = C_DECLENSION;
        } else {
            return Set.copyOf(out);
        }
        for (String e : endings) {
            out.add(base + e);
        }
        return Set.copyOf(out);
    }

    private static List<String[]> rows(String file, int columns) {
        final List<String[]> out = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + file);
            }
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                final String[] f = line.split("\t", -1);
                if (f.length > columns) {
                    throw new IllegalArgumentException(file + ":" + n + ": " + f.length + " columns, expected " + columns);
                }
                final String[] padded = new String[columns];
                for (int k = 0; k < columns; k++) {
                    padded[k] = k < f.length ? f[k].strip() : "";
                }
                out.add(padded);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out;
    }
}
