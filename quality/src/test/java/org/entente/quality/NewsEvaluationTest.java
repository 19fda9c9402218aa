package org.entente.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.enrich.Enricher;
import org.entente.enrich.model.AlertType;
import org.entente.enrich.model.Document;
import org.entente.enrich.model.Enrichment;
import org.entente.enrich.model.Entity;
import org.entente.enrich.model.EntityType;
import org.entente.enrich.model.Mention;
import org.entente.enrich.model.Modality;
import org.entente.enrich.model.Phase;
import org.entente.enrich.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsEvaluationTest {

    @Test
    void aRecordWithHtmlIsReadByTheIngestParserKeepingPublishedAndZone() {
        final String html = "<html lang='en'><head><title>Truce agreed | Wire</title></head><body><article>"
                + "<h1>Truce agreed</h1><p>The truce between the two sides will take effect on Monday at midnight, "
                + "the mediators said in a statement issued late on Saturday evening.</p>"
                + "<p>Talks on a lasting settlement are due to resume in Geneva next week, officials added.</p>"
                + "</article></body></html>";
        final ObjectNode record = JsonNodeFactory.instance.objectNode().put("id", "h1").put("published", "2016-09-10")
                .put("tz", "Asia/Damascus").put("html", html);
        record.putObject("gold");
        final Document doc = new NewsEvaluation(Enricher.load(), HtmlArticleReader.ingest()).document(record);
        assertThat(doc.text()).contains("take effect on Monday at midnight").contains("resume in Geneva");
        assertThat(doc.title()).isEqualTo("Truce agreed");
        assertThat(doc.lang()).isEqualTo("en");
        assertThat(doc.published().toString()).isEqualTo("2016-09-10T12:00+03:00[Asia/Damascus]");
    }

    @Test
    void predictsOnlyStatementsWhoseModalityRaisesAnAlert() {
        final Statement scheduled = new Statement(AlertType.CEASEFIRE_START, "2016-09-12", "00:00", "+03:00", "Syria",
                "PT48H", null, null, Modality.SCHEDULED, "from Monday", 0, 10, List.of("en.cf.1"));
        final Statement proposed = new Statement(AlertType.TALKS_SCHEDULED, "2016-09-20", null, null, null, null, null,
                null, Modality.PROPOSED, "could meet", 11, 20, List.of("en.talks.2"));
        final Entity lavrov = new Entity(EntityType.PERSON, "Sergey Lavrov", null, List.of(new Mention(0, 6, "Lavrov", "gaz.1")));
        final Enrichment e = new Enrichment("en", List.of(lavrov), List.of(), List.of(scheduled, proposed), List.of(),
                List.of(Phase.AGREED), Phase.AGREED);
        final JsonNode p = NewsEvaluation.prediction("a", e);
        assertThat(p.get("alerts")).hasSize(1);
        assertThat(p.get("alerts").get(0).get("type").asText()).isEqualTo("CEASEFIRE_START");
        assertThat(p.get("alerts").get(0).get("time").asText()).isEqualTo("00:00");
        assertThat(p.get("alerts").get(0).get("duration").asText()).isEqualTo("PT48H");
        assertThat(p.get("entities").get(0).get("name").asText()).isEqualTo("Sergey Lavrov");
        assertThat(p.get("phases").get(0).asText()).isEqualTo("AGREED");
        assertThat(p.get("phase").asText()).isEqualTo("AGREED");
    }

    @Test
    void namesTheRecordWhosePublicationTimeCannotBeRead(@TempDir Path tmp) throws Exception {
        final Path corpus = Files.writeString(tmp.resolve("c.jsonl"), """
                {"id": "bad-date", "lang": "en", "published": "10/09/2016", "tz": "Asia/Damascus", "text": "x", "gold": {}}
                """);
        assertThatThrownBy(() -> new NewsEvaluation(Enricher.load(), HtmlArticleReader.ingest()).run(corpus, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("record bad-date");
    }

    @Test
    void thePublisherIsTheSiteThatCarriedThePage() {
        assertThat(NewsEvaluation.publisher("Reuters")).isEqualTo("Reuters");
        assertThat(NewsEvaluation.publisher("The Straits Times (Reuters)")).isEqualTo("The Straits Times");
        assertThat(NewsEvaluation.publisher("Reuters (via Breitbart)")).isEqualTo("Breitbart");
        assertThat(NewsEvaluation.publisher("APS (Algérie Presse Service, via Djazairess)")).isEqualTo("Djazairess");
        assertThat(NewsEvaluation.publisher("Deutsche Welle (mirrored by tiue.org)")).isEqualTo("tiue.org");
        assertThat(NewsEvaluation.publisher("Interfax (sport-interfax.ru mirror)")).isEqualTo("Interfax");
        assertThat(NewsEvaluation.publisher(null)).isNull();
    }
}
