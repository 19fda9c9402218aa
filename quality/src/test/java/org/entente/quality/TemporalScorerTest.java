package org.entente.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalScorerTest {

    private static TemporalScorer.Result edgeCases() throws IOException {
        return TemporalScorer.score(Jsonl.read(SharedCorpus.edge("temporal-gold.jsonl")),
                Jsonl.read(SharedCorpus.edge("temporal-pred.jsonl")));
    }

    @Test
    void weeksAndTheirDaysScoreAlike() {
        assertThat(TemporalScorer.canon("P2W")).isEqualTo("P14D");
        assertThat(TemporalScorer.canon("P14D")).isEqualTo("P14D");
        assertThat(TemporalScorer.canon("PT2W")).isEqualTo("PT2W");
    }

    @Test
    void scoresPerLanguageAndKind() throws IOException {
        final JsonNode s = edgeCases().scores();
        assertThat(s.get("cases").asInt()).isEqualTo(5);
        assertThat(s.get("accuracy").asDouble()).isEqualTo(0.6);
        assertThat(s.get("by_lang").get("en").get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(s.get("by_lang").get("ar").get("accuracy").asDouble()).isEqualTo(0.5);
        assertThat(s.get("by_kind").get("DURATION").get("accuracy").asDouble()).isEqualTo(0.6667);
        assertThat(s.get("by_kind").get("TIME").get("accuracy").asDouble()).isEqualTo(0.0);
    }

    @Test
    void listsEveryMissWithItsLine() throws IOException {
        assertThat(edgeCases().misses()).extracting(TemporalScorer.Miss::line).containsExactly(4, 5);
    }

    @Test
    void refusesPredictionsThatDoNotLineUpWithTheGold() throws IOException {
        final List<JsonNode> gold = Jsonl.read(SharedCorpus.edge("temporal-gold.jsonl"));
        assertThatThrownBy(() -> TemporalScorer.score(gold, gold.subList(0, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 gold cases but 2 predictions");
    }
}
