package org.entente.alerts.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.alerts.Fixtures.article;
import static org.entente.alerts.Fixtures.statement;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.alerts.AlertsHarness;
import org.entente.alerts.model.AlertKey;
import org.entente.schemas.avro.EnrichedArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The dashboard in headless Chromium against the alerts service on a real broker: the page is open, an enriched
 * article is produced to news.enriched, and its alert appears, with every article text shown as text.
 */
@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardChromiumIT {
    private static AlertsHarness harness;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws Exception {
        final Optional<Path> binary = Chromium.binary();
        assumeTrue(binary.isPresent(), "no chromium binary on the PATH (apt-get install chromium, or set"
                + " CHROMIUM_BIN): dashboard browser test skipped");
        harness = new AlertsHarness();
        chromium = Chromium.launch(binary.get());
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (harness != null) {
            harness.close();
        }
    }

    private static Chromium.Page openDashboard(final int height) throws InterruptedException {
        final Chromium.Page page = chromium.open(harness.baseUrl() + "/", 1280, height);
        page.await("document.body ? document.body.dataset.stream : null", v -> "open".equals(v.asText()),
                Duration.ofSeconds(30));
        return page;
    }

    /** The card of an alert as the user sees it, or null. */
    private static String cardExpression(final String id) {
        return """
                (() => {
                  const c = document.querySelector('[data-alert-id="%s"]');
                  if (!c) return null;
                  const t = s => c.querySelector(s) ? c.querySelector(s).textContent : null;
                  return {type: t('.type'), date: t('.date'), place: t('.place'), confidence: t('.badge.confidence'),
                          status: t('.badge.status'), headline: t('.headline'), evidence: t('.evidence'),
                          sources: t('.sources .value'), elements: c.querySelectorAll('*').length,
                          injected: c.querySelectorAll('script, img').length};
                })()""".formatted(id);
    }

    @Test
    @Order(2)
    void anAlertFedThroughThePipelineAppearsOnTheOpenPageWithArticleTextEscaped() throws Exception {
        final Chromium.Page page = openDashboard(900);
        final String headline = "Truce <script>window.__pwned = 1</script> holds in Aleppo";
        final String evidence = "<img src=x onerror=\"window.__pwned = 2\"> The truce starts on Monday.";
        harness.produce(article("chromium-aleppo-1", "Ashams", "ar", "2016-09-10T06:00:00Z", headline,
                statement("CEASEFIRE_START", "2016-09-12", "Aleppo").setEvidence(evidence)));

        final String id = "ceasefire_start:aleppo:2016-09-12";
        final JsonNode card = page.await(cardExpression(id), v -> !v.isNull(), Duration.ofSeconds(60));
        assertThat(card.path("type").asText()).isEqualTo("Ceasefire start");
        assertThat(card.path("date").asText()).isEqualTo("2016-09-12");
        assertThat(card.path("place").asText()).isEqualTo("Aleppo");
        assertThat(card.path("confidence").asText()).isEqualTo("LOW");
        assertThat(card.path("status").asText()).isEqualTo("NEW");
        assertThat(card.path("sources").asText()).isEqualTo("Ashams");
        assertThat(card.path("headline").asText()).isEqualTo(headline);
        assertThat(card.path("evidence").asText()).isEqualTo(evidence);
        assertThat(card.path("injected").asInt()).isZero();
        assertThat(page.evaluate("typeof window.__pwned").asText()).isEqualTo("undefined");

        // A second outlet corroborates: the same card turns HIGH with two sources.
        harness.produce(article("chromium-aleppo-2", "Reuters", "en", "2016-09-10T08:00:00Z",
                statement("CEASEFIRE_START", "2016-09-12", "Aleppo")));
        final JsonNode corroborated = page.await(cardExpression(id),
                v -> "HIGH".equals(v.path("confidence").asText()), Duration.ofSeconds(60));
        assertThat(corroborated.path("sources").asText()).isEqualTo("Ashams · Reuters");
        assertThat(corroborated.path("status").asText()).isEqualTo("CORROBORATED");
        assertThat(page.evaluate("document.querySelectorAll('[data-alert-id=\"" + id + "\"]').length").asInt())
                .isEqualTo(1);

        // Filtering by another type hides it; back to all types shows it again.
        page.evaluate("(() => { const s = document.getElementById('type-filter'); s.value = 'TALKS_SCHEDULED';"
                + " s.dispatchEvent(new Event('change')); })()");
        assertThat(page.evaluate(cardExpression(id)).isNull()).isTrue();
        page.evaluate("(() => { const s = document.getElementById('type-filter'); s.value = '';"
                + " s.dispatchEvent(new Event('change')); })()");
        assertThat(page.evaluate(cardExpression(id)).isNull()).isFalse();
        assertThat(page.evaluate("typeof window.__pwned").asText()).isEqualTo("undefined");
    }

    /** First, so that the screenshot holds the corpus's alerts only. */
    @Test
    @Order(1)
    void screenshotOfTheDashboardWithTheDevelopmentCorpusAlerts() throws Exception {
        // Makes docs/dashboard.png; a documentation step, so opt-in: mvn verify -pl alerts -am -Dentente.screenshot=true
        assumeTrue(Boolean.getBoolean("entente.screenshot"), "dashboard screenshot not requested (-Dentente.screenshot=true)");
        final Optional<Path> corpus = DevCorpus.find();
        assumeTrue(corpus.isPresent(), "../shared/corpus/dev-news.jsonl absent: dashboard screenshot skipped");
        final List<EnrichedArticle> articles = DevCorpus.articles(corpus.get());
        final Set<String> ids = new HashSet<>();
        articles.forEach(a -> a.getStatements().forEach(s -> AlertKey.of(s).ifPresent(k -> ids.add(k.id()))));

        final Chromium.Page page = openDashboard(1400);
        articles.forEach(harness::produce);
        final String allShown = "(() => { const want = " + new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(ids) + "; return want.every(id => document.querySelector("
                + "'[data-alert-id=\"' + id + '\"]')); })()";
        page.await(allShown, JsonNode::asBoolean, Duration.ofSeconds(120));
        final JsonNode syria = page.await(cardExpression("ceasefire_start:syria:2016-09-12"),
                v -> v.path("sources").asText().split(" · ").length == 3, Duration.ofSeconds(30));
        assertThat(syria.path("confidence").asText()).isEqualTo("HIGH");
        // The docs show the corroborated and official alerts: the HIGH filter, as a newsroom would set it.
        page.evaluate("(() => { const s = document.getElementById('confidence-filter'); s.value = 'HIGH';"
                + " s.dispatchEvent(new Event('change')); })()");
        assertThat(page.evaluate("Array.from(document.querySelectorAll('.badge.confidence'))"
                + ".every(b => b.textContent === 'HIGH')").asBoolean()).isTrue();
        Thread.sleep(3000); // let the arrival highlight fade
        final Path shot = Path.of("target", "dashboard.png");
        page.screenshot(shot);
        assertThat(shot).isNotEmptyFile();
    }
}
