package org.entente.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.text.TextNormalizer;

/**
 * The context words of one language, read from {@code entities/rules/<lang>.tsv} (lines {@code kind<TAB>phrase}):
 * <ul>
 *   <li>{@code state}: nouns beside which a demonym names the state ("minister", "الجيش", "armée");</li>
 *   <li>{@code role}: titles that introduce a person's name ("foreign minister", "وزير الخارجية");</li>
 *   <li>{@code honorific}: short-mention markers ("Mr", "M.", "г-н");</li>
 *   <li>{@code particle}: lower-case parts of names ("al", "de", "bin");</li>
 *   <li>{@code link}: words allowed between a role and the name ("of", "des", "при");</li>
 *   <li>{@code resolution}: the word "resolution"; {@code number}: "No.", "رقم";</li>
 *   <li>{@code city}: words that make a name shared by a city and its country mean the city;</li>
 *   <li>{@code stop}: words that end an Arabic name (verbs of saying, prepositions);</li>
 *   <li>{@code addressee}: words right before the article's own outlet that make it the addressee or employer
 *       ("told", "à", "рассказал", "تلقت", "مراسل"); {@code newsroom}: words right after it ("reporter");</li>
 *   <li>{@code generic}: common words of institution names ("congress", "council", "national"): an alias made only
 *       of them is part of a longer name when capitalised words continue it.</li>
 * </ul>
 * Phrases are keyed like gazetteer aliases, so they meet the text in the same normalised, stemmed form.
 */
final class LanguageRules {
    final String lang;
    final TokenTrie<String> roles = new TokenTrie<>();
    final TokenTrie<String> addressee = new TokenTrie<>();
    final Set<String> newsroom = new HashSet<>();
    final Set<String> generic = new HashSet<>();
    final Set<String> state = new HashSet<>();
    final Set<String> honorifics = new HashSet<>();
    final Set<String> particles = new HashSet<>();
    final Set<String> links = new HashSet<>();
    final Set<String> resolution = new HashSet<>();
    final Set<String> number = new HashSet<>();
    final Set<String> city = new HashSet<>();
    final Set<String> stop = new HashSet<>();

    private LanguageRules(String lang) {
        this.lang = lang;
    }

    static Map<String, LanguageRules> loadAll() {
        final Map<String, LanguageRules> out = new HashMap<>();
        for (String lang : Gazetteer.LANGS) {
            out.put(lang, load(lang));
        }
        return Map.copyOf(out);
    }

    static LanguageRules load(String lang) {
        final LanguageRules r = new LanguageRules(lang);
        final String path = Gazetteer.BASE + "rules/" + lang + ".tsv";
        try (InputStream in = LanguageRules.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            final BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = br.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                final String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalArgumentException(path + ": expected kind<TAB>phrase: " + line);
                }
                r.add(f[0].strip(), f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }

    private void add(String kind, String phrase) {
        final List<Token> toks = Tokenizer.tokenize(TextNormalizer.normalize(phrase), true);
        if (toks.isEmpty()) {
            return;
        }
        final String[] keys = toks.stream().map(Token::key).toArray(String[]::new);
        switch (kind) {
            case "role" -> roles.add(keys, phrase);
            case "state" -> state.add(keys[0]);
            case "honorific" -> {
                honorifics.add(keys[0]);
                roles.add(keys, phrase);
            }
            case "particle" -> particles.add(keys[0]);
            case "link" -> links.add(keys[0]);
            case "resolution" -> resolution.add(keys[0]);
            case "number" -> number.add(keys[0]);
            case "city" -> city.add(keys[0]);
            case "stop" -> stop.add(keys[0]);
            case "addressee" -> addressee.add(keys, phrase);
            case "newsroom" -> newsroom.add(keys[0]);
            case "generic" -> generic.add(keys[0]);
            default -> throw new IllegalArgumentException(lang + ": unknown rule kind " + kind);
        }
    }
}
