package org.entente.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Runs the ingest parser on every page of a body-extraction corpus ({@code ground-truth.json} + {@code html/<id>.html.gz}
 * or {@code .html}, the Zyte benchmark layout), writes {@code {"id", "body", "headline"}} per page and scores the
 * bodies with {@link BodyScorer}. The body is the article's paragraphs joined by blank lines.
 */
public final class BodyEvaluation {

    private final HtmlArticleReader reader;

    public BodyEvaluation(HtmlArticleReader reader) {
        this.reader = reader;
    }

    public Report run(Path corpus, Path out) throws IOException {
        final SortedMap<String, String> truth = new TreeMap<>();
        final Map<String, String> urls = new HashMap<>();
        final JsonNode gt = Jsonl.MAPPER.readTree(corpus.resolve("ground-truth.json").toFile());
        gt.fields().forEachRemaining(f -> {
            truth.put(f.getKey(), firstText(f.getValue(), "articleBody", "body"));
            urls.put(f.getKey(), f.getValue().path("url").asText(null));
        });
        final Map<String, String> bodies = new HashMap<>();
        final Map<String, String> rejections = new HashMap<>();
        final List<ObjectNode> predictions = new ArrayList<>();
        for (String id : truth.keySet()) {
            // Stored pages carry no HTTP header: the parser finds the charset itself, as for a file fed to ingest.
            final HtmlArticleReader.ArticleText page = reader.read(html(corpus.resolve("html"), id), null, urls.get(id));
            if (page.rejection() != null) {
                rejections.put(id, page.rejection());
            }
            final String body = page.text() == null ? "" : page.text();
            bodies.put(id, body);
            final ObjectNode p = JsonNodeFactory.instance.objectNode();
            p.put("id", id);
            p.put("body", body);
            p.put("headline", page.title());
            predictions.add(p);
        }
        if (out != null) {
            Jsonl.write(out, predictions);
        }
        final BodyScorer.Result result = BodyScorer.score(truth, bodies);
        final List<String> errors = new ArrayList<>();
        for (BodyScorer.PageCounts p : result.pages()) {
            if (p.fp() > 0 || p.fn() > 0) {
                errors.add(String.format(Locale.ROOT, "%s\tprecision %.3f\trecall %.3f\t%s%s", p.id(),
                        p.precision(), p.recall(), urls.get(p.id()),
                        rejections.containsKey(p.id()) ? "\trejected: " + rejections.get(p.id()) : ""));
            }
        }
        final ObjectNode s = result.scores();
        final String table = String.format(Locale.ROOT, "%5s %6s %9s %6s %8s%n%5d %6.3f %9.3f %6.3f %8.3f%n",
                "pages", "F1", "precision", "recall", "accuracy", s.get("pages").asInt(), s.get("f1").asDouble(),
                s.get("precision").asDouble(), s.get("recall").asDouble(), s.get("accuracy").asDouble());
        return new Report(CorpusKind.BODY, s, table, errors);
    }

    private static String firstText(JsonNode node, String... keys) {
        for (String k : keys) {
            if (node.hasNonNull(k)) {
                return node.get(k).asText();
            }
        }
        return "";
    }

    static byte[] html(Path dir, String id) throws IOException {
        final Path gz = dir.resolve(id + ".html.gz");
        if (Files.isRegularFile(gz)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                return in.readAllBytes();
            }
        }
        final Path plain = dir.resolve(id + ".html");
        if (Files.isRegularFile(plain)) {
            return Files.readAllBytes(plain);
        }
        throw new IOException("no HTML for id " + id + " in " + dir);
    }
}
