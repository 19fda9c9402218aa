package org.entente.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsScorerTest {

    private static NewsScorer.Result edgeCases() throws IOException {
        return NewsScorer.score(Jsonl.read(SharedCorpus.edge("news-gold.jsonl")), Jsonl.read(SharedCorpus.edge("news-pred.jsonl")));
    }

    private static JsonNode json(String s) {
        try {
            return Jsonl.MAPPER.readTree(s);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void matchesNamesDifferingInCaseDiacriticsAndLeadingArticles() throws IOException {
        final JsonNode en = edgeCases().scores().get("by_lang").get("en").get("entities");
        // 6 distinct gold entities (Idlib twice), all found despite "sergey lavrov", "ALEPPO", "Erdogan",
        // "Nusra Front" for "al-Nusra Front", "United Nations" for "the United Nations"; "Kerry" is spurious.
        assertThat(en.get("tp").asInt()).isEqualTo(6);
        assertThat(en.get("fp").asInt()).isEqualTo(1);
        assertThat(en.get("fn").asInt()).isEqualTo(0);
        assertThat(en.get("precision").asDouble()).isEqualTo(0.8571);
        assertThat(en.get("f1").asDouble()).isEqualTo(0.9231);
    }

    @Test
    void countsAnAlertStatedTwiceOnceAndKeepsTheTimedCopy() throws IOException {
        final JsonNode en = edgeCases().scores().get("by_lang").get("en").get("alerts");
        assertThat(en.get("tp").asInt()).isEqualTo(1);
        assertThat(en.get("fp").asInt()).isEqualTo(1);
        assertThat(en.get("fn").asInt()).isEqualTo(1);
        assertThat(en.get("time_accuracy").asDouble()).isEqualTo(1.0); // "00:00:00"[:5] == "00:00"
    }

    @Test
    void scoresAMissingPredictionAsEmpty() throws IOException {
        final JsonNode fr = edgeCases().scores().get("by_lang").get("fr");
        assertThat(fr.get("entities").get("fn").asInt()).isEqualTo(2);
        assertThat(fr.get("entities").get("precision").asDouble()).isEqualTo(0.0);
        assertThat(fr.get("alerts").get("fn").asInt()).isEqualTo(1);
        assertThat(fr.get("alerts").get("time_accuracy").isNull()).isTrue();
        assertThat(fr.get("phase").get("accuracy").asDouble()).isEqualTo(0.0);
    }

    @Test
    void emptyGoldAndEmptyPredictionArePerfect() throws IOException {
        final JsonNode ar = edgeCases().scores().get("by_lang").get("ar");
        assertThat(ar.get("entities").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(ar.get("alerts").get("precision").asDouble()).isEqualTo(1.0);
        assertThat(ar.get("phase").get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(ar.get("phase").get("phases_f1").asDouble()).isEqualTo(1.0);
    }

    @Test
    void spuriousItemsOnAnEmptyGoldScoreZeroPrecisionAndFullRecall() throws IOException {
        final JsonNode ru = edgeCases().scores().get("by_lang").get("ru");
        assertThat(ru.get("entities").get("precision").asDouble()).isEqualTo(0.0);
        assertThat(ru.get("entities").get("recall").asDouble()).isEqualTo(1.0);
        assertThat(ru.get("phase").get("accuracy").asDouble()).isEqualTo(1.0); // "" reads as no phase
    }

    @Test
    void addsUpOverallAndIgnoresPredictionsForUnknownArticles() throws IOException {
        final JsonNode all = edgeCases().scores();
        assertThat(all.get("articles").asInt()).isEqualTo(4);
        assertThat(all.get("entities").get("fp").asInt()).isEqualTo(2); // Kerry, Moscow; not "Nowhere" of zz
        assertThat(all.get("entities").get("f1").asDouble()).isEqualTo(0.75);
        assertThat(all.get("alerts").get("f1").asDouble()).isEqualTo(0.3333);
        assertThat(all.get("phase").get("accuracy").asDouble()).isEqualTo(0.5);
        assertThat(all.get("phase").get("phases_f1").asDouble()).isEqualTo(0.5);
    }

    @Test
    void theLastOfTwoPredictionsWithOneIdWins() throws IOException {
        final NewsScorer.Result r = edgeCases();
        final NewsScorer.ArticleDiff a1 = r.diffs().get(0);
        assertThat(a1.spuriousEntities().keySet()).containsExactly(new NewsScorer.EntityKey("PERSON", "kerry"));
        assertThat(a1.missedAlerts().keySet())
                .containsExactly(new NewsScorer.AlertKey("SECURITY_COUNCIL_MEETING", "2016-09-21"));
        assertThat(a1.missedPhases()).containsExactly("SIGNED");
        assertThat(a1.phaseWrong()).isTrue();
    }

    @Test
    void aMatchedAlertWithTheWrongTimeIsATimeError() {
        final List<JsonNode> gold = List.of(json("""
                {"id": "x", "lang": "ar", "gold": {"alerts": [{"type": "CEASEFIRE_START", "date": "2016-09-12", "time": "19:00"},
                 {"type": "TALKS_SCHEDULED", "date": "2016-09-13", "time": "10:00"}]}}"""));
        final List<JsonNode> pred = List.of(json("""
                {"id": "x", "alerts": [{"type": "CEASEFIRE_START", "date": "2016-09-12", "time": "00:00"},
                 {"type": "TALKS_SCHEDULED", "date": "2016-09-13"}]}"""));
        final NewsScorer.Result r = NewsScorer.score(gold, pred);
        assertThat(r.scores().get("alerts").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(r.scores().get("alerts").get("time_accuracy").asDouble()).isEqualTo(0.0);
        assertThat(r.diffs().get(0).wrongTimes()).hasSize(2);
    }

    @Test
    void noArticlesGiveEmptyScores() {
        final JsonNode s = NewsScorer.score(List.of(), List.of()).scores();
        assertThat(s.get("articles").asInt()).isZero();
        assertThat(s.get("entities").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(s.get("phase").get("accuracy").isNull()).isTrue();
        assertThat(s.get("by_lang").size()).isZero();
    }
}
