package org.entente.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.enrich.Enricher;
import org.entente.enrich.model.Document;
import org.entente.enrich.model.Enrichment;
import org.entente.enrich.model.Entity;
import org.entente.enrich.model.Statement;

/**
 * Runs the enrich library on every article of a news corpus, through {@link Enricher#enrich(Document)} as the
 * enrich topology does, writes one prediction per article and scores them with {@link NewsScorer}.
 * Alerts are the statements whose modality raises one ({@code Modality.raisesAlert()}: scheduled or reported).
 */
public final class NewsEvaluation {

    private final Enricher enricher;
    private final HtmlArticleReader htmlReader;

    public NewsEvaluation(Enricher enricher, HtmlArticleReader htmlReader) {
        this.enricher = enricher;
        this.htmlReader = htmlReader;
    }

    public Report run(Path corpus, Path out) throws IOException {
        final List<JsonNode> gold = Jsonl.read(corpus);
        final List<ObjectNode> predictions = new ArrayList<>();
        final Map<JsonNode, Enrichment> enrichments = new HashMap<>();
        final List<String> failures = new ArrayList<>();
        for (JsonNode record : gold) {
            final String id = record.path("id").asText(null);
            if (id == null) {
                throw new IllegalArgumentException(corpus + ": a record has no id");
            }
            final Document doc;
            try {
                doc = document(record);
            } catch (RuntimeException bad) {
                throw new IllegalArgumentException(corpus + ": record " + id + ": " + bad.getMessage(), bad);
            }
            try {
                final Enrichment e = enricher.enrich(doc);
                enrichments.put(record.get("id"), e);
                predictions.add(prediction(id, e));
            } catch (RuntimeException failed) {
                // One failing article must not hide the figures of the others: it scores as an empty prediction.
                System.err.println("entente evaluate: enrich failed on " + id + ": " + failed);
                failures.add(id + "\tenrich failed\t" + failed);
                predictions.add(JsonNodeFactory.instance.objectNode().put("id", id));
            }
        }
        if (out != null) {
            Jsonl.write(out, predictions);
        }
        final NewsScorer.Result result = NewsScorer.score(gold, new ArrayList<>(predictions));
        final List<String> errors = new ArrayList<>(failures);
        errors.addAll(errors(result, enrichments));
        return new Report(CorpusKind.NEWS, result.scores(), table(result.scores()), errors);
    }

    /** The document the library reads for one corpus record; a record with {@code html} goes through ingest first. */
    Document document(JsonNode r) {
        final String id = r.get("id").asText();
        String lang = text(r, "lang");
        String title = text(r, "title");
        String body = text(r, "text");
        if (body == null && r.hasNonNull("html")) {
            final HtmlArticleReader.ArticleText page = htmlReader.read(
                    r.get("html").asText().getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", text(r, "url"));
            if (page.rejection() != null) {
                System.err.println("entente evaluate: " + id + ": the ingest parser rejected the page (" + page.rejection()
                        + "); scored with an empty text");
            }
            body = page.text();
            title = title == null ? page.title() : title;
            lang = lang == null ? page.lang() : lang;
        }
        return new Document(id, lang, title, body, PublicationTime.parse(text(r, "published"), text(r, "tz")),
                publisher(text(r, "source")));
    }

    /**
     * The outlet whose page a record's {@code source} names: "Reuters" → Reuters, "The Straits Times (Reuters)" →
     * The Straits Times (a wire carried by another site), "Reuters (via Breitbart)" or "… (mirrored by X)" → the site
     * that carried it. Only this outlet's own dateline and credit are not entities (corpus README conventions).
     */
    static String publisher(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        final int open = source.indexOf(" (");
        if (open < 0) {
            return source.strip();
        }
        final String inside = source.substring(open + 2, source.endsWith(")") ? source.length() - 1 : source.length());
        for (String marker : new String[] {"via ", "mirrored by "}) {
            final int at = inside.indexOf(marker);
            if (at >= 0) {
                return inside.substring(at + marker.length()).strip();
            }
        }
        return source.substring(0, open).strip();
    }

    /** {@code {"id", "entities", "alerts", "phases", "phase"}} (spec/extraction.md section 5). */
    static ObjectNode prediction(String id, Enrichment e) {
        final ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("id", id);
        final ArrayNode entities = p.putArray("entities");
        for (Entity entity : e.entities()) {
            entities.addObject().put("type", entity.type().name()).put("name", entity.name());
        }
        final ArrayNode alerts = p.putArray("alerts");
        for (Statement s : e.statements()) {
            if (s.modality() != null && s.modality().raisesAlert()) {
                alerts.addObject().put("type", s.type().name()).put("date", s.date()).put("time", s.time())
                        .put("place", s.place()).put("duration", s.duration()).put("evidence", s.evidence());
            }
        }
        final ArrayNode phases = p.putArray("phases");
        e.phases().forEach(ph -> phases.add(ph.name()));
        p.put("phase", e.phase() == null ? null : e.phase().name());
        return p;
    }

    private static String text(JsonNode r, String field) {
        final JsonNode v = r.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String table(ObjectNode scores) {
        final StringBuilder t = new StringBuilder(String.format(Locale.ROOT,
                "%-6s %4s %6s %6s %6s %6s %6s %6s %5s %6s %6s%n",
                "scope", "n", "ent P", "ent R", "ent F1", "alr P", "alr R", "alr F1", "time", "phase", "ph F1"));
        row(t, "all", scores);
        scores.get("by_lang").fields().forEachRemaining(f -> row(t, f.getKey(), f.getValue()));
        return t.toString();
    }

    private static void row(StringBuilder t, String scope, JsonNode s) {
        final JsonNode e = s.get("entities");
        final JsonNode a = s.get("alerts");
        final JsonNode p = s.get("phase");
        final String time = a.get("time_accuracy").isNull() ? "-"
                : String.format(Locale.ROOT, "%.2f", a.get("time_accuracy").asDouble());
        t.append(String.format(Locale.ROOT, "%-6s %4d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %5s %6.3f %6.3f%n", scope,
                s.get("articles").asInt(), e.get("precision").asDouble(), e.get("recall").asDouble(),
                e.get("f1").asDouble(), a.get("precision").asDouble(), a.get("recall").asDouble(),
                a.get("f1").asDouble(), time, p.get("accuracy").asDouble(), p.get("phases_f1").asDouble()));
    }

    /** Every missed and spurious item, with the evidence and the rules behind it where the library recorded them. */
    static List<String> errors(NewsScorer.Result result, Map<JsonNode, Enrichment> enrichments) {
        final List<String> lines = new ArrayList<>();
        for (NewsScorer.ArticleDiff d : result.diffs()) {
            final String id = d.id().asText();
            final Enrichment e = enrichments.get(d.id());
            d.missedEntities().forEach((k, g) -> lines.add(
                    String.join("\t", id, "missed entity", k.type(), g.path("name").asText())));
            d.spuriousEntities().forEach((k, p) -> {
                final Entity entity = e == null ? null : e.entities().stream()
                        .filter(x -> x.type().name().equals(k.type()) && NameKey.normalize(x.name()).equals(k.name()))
                        .findFirst().orElse(null);
                final String mentions = entity == null || entity.mentions() == null ? "" : entity.mentions().stream()
                        .map(m -> "\"" + m.text() + "\" " + m.rule()).distinct().collect(Collectors.joining("; "));
                lines.add(String.join("\t", id, "spurious entity", k.type(), p.path("name").asText(), mentions));
            });
            d.missedAlerts().forEach((k, g) -> lines.add(String.join("\t", id, "missed alert",
                    k.type() + " " + k.date() + timeOf(g), "evidence: " + oneLine(g.path("evidence").asText()))));
            d.spuriousAlerts().forEach((k, p) -> lines.add(String.join("\t", id, "spurious alert",
                    k.type() + " " + k.date() + timeOf(p), "evidence: " + oneLine(p.path("evidence").asText()),
                    "rules: " + rulesOf(e, k))));
            d.wrongTimes().forEach((k, times) -> lines.add(String.join("\t", id, "wrong time",
                    k.type() + " " + k.date(), "gold " + times[0] + " predicted " + (times[1].isEmpty() ? "none" : times[1]),
                    "rules: " + rulesOf(e, k))));
            d.missedPhases().forEach(ph -> lines.add(String.join("\t", id, "missed phase", ph)));
            d.spuriousPhases().forEach(ph -> lines.add(String.join("\t", id, "spurious phase", ph, cuesOf(e, ph))));
            if (d.phaseWrong()) {
                lines.add(String.join("\t", id, "phase", "gold " + Py.str(d.goldPhase())
                        + " predicted " + Py.str(d.predictedPhase())));
            }
        }
        return lines;
    }

    private static String timeOf(JsonNode alert) {
        return Py.truthy(alert.get("time")) ? " " + alert.get("time").asText() : "";
    }

    private static String rulesOf(Enrichment e, NewsScorer.AlertKey k) {
        if (e == null) {
            return "-";
        }
        return e.statements().stream()
                .filter(s -> s.type().name().equals(k.type()) && s.date() != null
                        && PyText.prefix(s.date(), 10).equals(k.date()) && s.modality().raisesAlert())
                .map(s -> String.join(",", s.rules() == null ? List.of() : s.rules()))
                .collect(Collectors.joining(" | "));
    }

    private static String cuesOf(Enrichment e, String phase) {
        if (e == null || e.phaseCues() == null) {
            return "";
        }
        return e.phaseCues().stream().filter(c -> c.phase() != null && c.phase().name().equals(phase))
                .map(c -> "\"" + oneLine(c.evidence()) + "\" " + c.rule()).collect(Collectors.joining("; "));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
