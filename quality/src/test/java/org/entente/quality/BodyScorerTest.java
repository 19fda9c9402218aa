package org.entente.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BodyScorerTest {

    @Test
    void tokensAreRunsOfWordCharactersAndCombiningMarksSplitThem() {
        assertThat(BodyScorer.tokens("Hello, world_1! 42")).containsExactly("Hello", "world_1", "42");
        assertThat(BodyScorer.tokens("سُورِيَا")).hasSize(4); // harakat are not \w in Python
    }

    @Test
    void anExactBodyIsPerfect() {
        final BodyScorer.PageCounts p = BodyScorer.page("x", "one two three four five", "one  two three, four five");
        assertThat(p.tp()).isEqualTo(1.0);
        assertThat(p.exact()).isTrue();
    }

    @Test
    void extraTextLowersPrecisionOnly() {
        final BodyScorer.PageCounts p = BodyScorer.page("x", "a b c d e", "menu a b c d e");
        // truth shingles: abcd, bcde; predicted: menu-abc, abcd, bcde -> tp 2, fp 1, fn 0, normalised by 3
        assertThat(p.precision()).isEqualTo(2.0 / 3.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(p.recall()).isEqualTo(1.0);
    }

    @Test
    void emptyPredictionsLeaveThePrecisionMean() {
        final Map<String, String> pred = Map.of("a", "", "b", "one two three four");
        final TreeMap<String, String> truth = new TreeMap<>(Map.of("a", "x y z w", "b", "one two three four"));
        final JsonNode s = BodyScorer.score(truth, pred).scores();
        assertThat(s.get("pages_in_precision").asInt()).isEqualTo(1);
        assertThat(s.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(s.get("recall").asDouble()).isEqualTo(0.5);
        assertThat(s.get("accuracy").asDouble()).isEqualTo(0.5);
    }

    @Test
    void shortTextsMakeOneShorterShingle() {
        assertThat(BodyScorer.shingles(BodyScorer.tokens("a b"))).containsOnlyKeys(java.util.List.of("a", "b"));
        assertThat(BodyScorer.shingles(BodyScorer.tokens(""))).isEmpty();
    }
}
