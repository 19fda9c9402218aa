package org.entente.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.enrich.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * Entity micro-F1 on the development corpus, overall and per language, scored like
 * {@code shared/tools/score_news.py}. Also writes the predictions to {@code target/dev-entities-pred.jsonl} so the
 * reference scorer can be run on them.
 */
class DevCorpusEntitiesTest {
    private static final GazetteerEntityRecognizer RECOGNIZER = GazetteerEntityRecognizer.load();

    @Test
    void reachesTheEntityF1TargetsOnTheDevCorpus() throws Exception {
        final Optional<Path> corpus = DevCorpus.locate("dev-news.jsonl");
        assumeTrue(corpus.isPresent(), "../shared/corpus/dev-news.jsonl absent: no corpus to score against");
        final ObjectMapper om = new ObjectMapper();
        final Map<String, int[]> counts = new TreeMap<>(); // lang -> tp, fp, fn
        final List<String> errors = new ArrayList<>();
        final StringBuilder pred = new StringBuilder();
        for (DevCorpus.Article a : DevCorpus.read(corpus.get())) {
            final List<Entity> found = RECOGNIZER.recognize(a.text(), a.lang());
            final Set<String> p = new TreeSet<>();
            final ObjectNode row = om.createObjectNode().put("id", a.id());
            final ArrayNode ents = row.putArray("entities");
            for (Entity e : found) {
                p.add(DevCorpus.key(e.type().name(), e.name()));
                ents.addObject().put("type", e.type().name()).put("name", e.name());
            }
            row.putArray("alerts");
            row.putArray("phases");
            row.putNull("phase");
            pred.append(om.writeValueAsString(row)).append('\n');
            final Set<String> g = new TreeSet<>();
            for (String[] e : a.gold()) {
                g.add(DevCorpus.key(e[0], e[1]));
            }
            for (String scope : List.of("all", a.lang())) {
                final int[] c = counts.computeIfAbsent(scope, k -> new int[3]);
                for (String x : p) {
                    c[g.contains(x) ? 0 : 1]++;
                }
                for (String x : g) {
                    if (!p.contains(x)) {
                        c[2]++;
                    }
                }
            }
            for (String x : g) {
                if (!p.contains(x)) {
                    errors.add(a.id() + "\tmissed\t" + x);
                }
            }
            for (String x : p) {
                if (!g.contains(x)) {
                    errors.add(a.id() + "\tspurious\t" + x);
                }
            }
        }
        final Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("dev-entities-pred.jsonl"), pred.toString());
        Files.write(target.resolve("dev-entities-errors.tsv"), errors);
        final StringBuilder report = new StringBuilder();
        counts.forEach((scope, c) -> report.append(String.format("%s P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d)%n",
                scope, precision(c), recall(c), f1(c), c[0], c[1], c[2])));
        System.out.print(report);
        assertThat(f1(counts.get("all"))).as(report.toString()).isGreaterThanOrEqualTo(0.90);
        for (String lang : List.of("ar", "en", "fr", "ru")) {
            assertThat(f1(counts.get(lang))).as(lang + "\n" + report).isGreaterThanOrEqualTo(0.85);
        }
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    }

    private static double f1(int[] c) {
        final double p = precision(c);
        final double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
