package org.entente.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.enrich.model.EntityType;
import org.entente.text.TextNormalizer;
import org.junit.jupiter.api.Test;

/** The gazetteer data: every entry loads, every alias leads back to its entry or to a listed ambiguity. */
class GazetteerTest {
    private static final Gazetteer G = Gazetteer.load();

    @Test
    void loadsThousandsOfAliasesForHundredsOfEntries() {
        assertThat(G.entries().size()).isGreaterThan(900);
        assertThat(G.aliases().size()).isGreaterThan(4000);
    }

    @Test
    void everyAliasResolvesBackToItsEntryOrToAListedAmbiguity() {
        final List<String> unresolved = new ArrayList<>();
        for (Alias a : G.aliases()) {
            final String[] keys = Tokenizer.tokenize(TextNormalizer.normalize(a.text()), true).stream()
                    .map(Token::key).toArray(String[]::new);
            final List<Alias> there = G.trie().get(keys);
            assertThat(there).as(a.text()).contains(a);
            final Set<GazetteerEntry> entries = new LinkedHashSet<>();
            for (Alias b : there) {
                if (b.kind() != Alias.Kind.ADJECTIVE && b.caps().equals(a.caps())) {
                    entries.add(b.entry());
                }
            }
            if (a.kind() == Alias.Kind.ADJECTIVE || entries.size() <= 1) {
                continue;
            }
            for (GazetteerEntry other : entries) {
                if (other != a.entry() && G.ambiguity(a.entry(), other) == null) {
                    unresolved.add(a.lang() + " '" + a.text() + "': " + a.entry().name() + " / " + other.name());
                }
            }
        }
        assertThat(unresolved).as("aliases shared by entries without a rule in ambiguous.tsv").isEmpty();
    }

    @Test
    void everyUnMemberStateHasItsCldrNameInEachLanguage() {
        for (String[] c : new String[][] {{"SY", "Syria"}, {"RU", "Russia"}, {"US", "United States"}, {"YE", "Yemen"},
                {"MM", "Myanmar"}, {"CD", "Democratic Republic of the Congo"}, {"PS", "State of Palestine"}}) {
            final Locale country = new Locale("", c[0]);
            for (String lang : Gazetteer.LANGS) {
                final String cldr = Gazetteer.cldrForms(country.getDisplayCountry(Locale.forLanguageTag(lang))).get(0);
                final String[] keys = Tokenizer.tokenize(TextNormalizer.normalize(cldr), true).stream()
                        .map(Token::key).toArray(String[]::new);
                assertThat(G.trie().get(keys)).as(lang + " " + cldr)
                        .anyMatch(a -> a.entry().name().equals(c[1]));
            }
        }
        final long states = G.entries().values().stream()
                .filter(e -> e.source().equals("countries.tsv")).count();
        assertThat(states).isGreaterThanOrEqualTo(195);
    }

    @Test
    void everyCountryCapitalIsAPlaceEntry() {
        G.entries().values().stream().filter(e -> e.source().equals("countries.tsv"))
                .forEach(e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
        assertThat(G.entry("Damascus")).isNotNull();
        assertThat(G.entry("Washington, D.C.")).isNotNull();
        assertThat(G.entry("Kyiv")).isNotNull();
    }

    @Test
    void entriesOfEveryTypeCarryWikidataIdsWhereKnown() {
        assertThat(G.entry("Russia").wikidata()).isEqualTo("Q159");
        assertThat(G.entry("United Nations Security Council").wikidata()).isEqualTo("Q37470");
        assertThat(G.entry("Sergey Lavrov").type()).isEqualTo(EntityType.PERSON);
    }
}
