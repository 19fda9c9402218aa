package org.entente.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores news predictions against a gold corpus (spec/extraction.md section 6), exactly as
 * {@code ../shared/tools/score_news.py} does: micro P/R/F1 over {@code (type, normalised name)} entities and
 * {@code (type, date)} alerts per article, time accuracy over matched alerts whose gold has a time, phase accuracy
 * and micro F1 over phases; overall and per language. A gold article without a prediction counts as empty;
 * of several predictions with one id the last wins; duplicates within an article count once.
 */
public final class NewsScorer {

    /** An entity as scored: upper-cased type and {@link NameKey} name. */
    public record EntityKey(String type, String name) {}

    /** An alert as scored: upper-cased type and the first ten characters of its date. */
    public record AlertKey(String type, String date) {}

    /** What one article got wrong; each key maps to the first gold (missed) or predicted (spurious) item behind it. */
    public record ArticleDiff(JsonNode id, String lang,
                              Map<EntityKey, JsonNode> missedEntities, Map<EntityKey, JsonNode> spuriousEntities,
                              Map<AlertKey, JsonNode> missedAlerts, Map<AlertKey, JsonNode> spuriousAlerts,
                              Map<AlertKey, String[]> wrongTimes, Set<String> missedPhases, Set<String> spuriousPhases,
                              JsonNode goldPhase, JsonNode predictedPhase) {
        public boolean phaseWrong() {
            return !Objects.equals(goldPhase, predictedPhase);
        }
    }

    /** Scores in the reference scorer's JSON shape, and the per-article differences. */
    public record Result(ObjectNode scores, List<ArticleDiff> diffs) {}

    private NewsScorer() {}

    public static Result score(List<JsonNode> goldRows, List<JsonNode> predRows) {
        final Map<JsonNode, JsonNode> preds = new HashMap<>();
        for (JsonNode p : predRows) {
            final JsonNode id = p.get("id") == null ? JsonNodeFactory.instance.nullNode() : p.get("id");
            preds.put(id, p.has("pred") ? p.get("pred") : p);
        }
        final Bucket all = new Bucket();
        final Map<String, Bucket> byLang = new TreeMap<>();
        final List<ArticleDiff> diffs = new ArrayList<>();
        for (JsonNode g : goldRows) {
            final JsonNode id = g.get("id");
            final String lang = Py.str(g, "lang", "?");
            final JsonNode gold = g.get("gold");
            final JsonNode pred = preds.getOrDefault(id, JsonNodeFactory.instance.objectNode());
            final ArticleScore s = scoreArticle(id, lang, gold, pred);
            all.add(s);
            byLang.computeIfAbsent(lang, k -> new Bucket()).add(s);
            diffs.add(s.diff);
        }
        final ObjectNode result = all.summary();
        final ObjectNode langs = result.putObject("by_lang");
        byLang.forEach((lang, b) -> langs.set(lang, b.summary()));
        return new Result(result, diffs);
    }

    private record ArticleScore(Prf entities, Prf alerts, long timed, long timeOk, Prf phases, boolean phaseOk,
                                ArticleDiff diff) {}

    private static ArticleScore scoreArticle(JsonNode id, String lang, JsonNode gold, JsonNode pred) {
        final Map<EntityKey, JsonNode> ge = entities(gold);
        final Map<EntityKey, JsonNode> pe = entities(pred);
        final Map<AlertKey, JsonNode> ga = alerts(gold);
        final Map<AlertKey, JsonNode> pa = alerts(pred);
        final Set<String> gp = phases(gold);
        final Set<String> pp = phases(pred);

        final Map<AlertKey, String[]> wrongTimes = new LinkedHashMap<>();
        long timed = 0;
        long timeOk = 0;
        for (Map.Entry<AlertKey, JsonNode> e : ga.entrySet()) {
            if (!pa.containsKey(e.getKey())) {
                continue;
            }
            final JsonNode goldTime = e.getValue().get("time");
            if (Py.truthy(goldTime)) {
                timed++;
                final JsonNode predTime = pa.get(e.getKey()).get("time");
                final String predicted = PyText.prefix(Py.truthy(predTime) ? Py.str(predTime) : "", 5);
                final String expected = PyText.prefix(Py.str(goldTime), 5);
                if (predicted.equals(expected)) {
                    timeOk++;
                } else {
                    wrongTimes.put(e.getKey(), new String[] {expected, predicted});
                }
            }
        }
        final JsonNode goldPhase = Py.orNone(gold, "phase");
        final JsonNode predPhase = Py.orNone(pred, "phase");
        final ArticleDiff diff = new ArticleDiff(id, lang, minus(ge, pe), minus(pe, ge), minus(ga, pa), minus(pa, ga),
                wrongTimes, minus(gp, pp), minus(pp, gp), goldPhase, predPhase);
        return new ArticleScore(counts(ge.keySet(), pe.keySet()), counts(ga.keySet(), pa.keySet()), timed, timeOk,
                counts(gp, pp), !diff.phaseWrong(), diff);
    }

    /** {@code entity_set}: distinct (TYPE, normalised name), each with the first item that produced it. */
    static Map<EntityKey, JsonNode> entities(JsonNode obj) {
        final Map<EntityKey, JsonNode> out = new LinkedHashMap<>();
        final JsonNode list = Py.orNone(obj, "entities");
        if (list != null) {
            for (JsonNode e : list) {
                final String name = e.hasNonNull("name") ? Py.str(e.get("name")) : "";
                final EntityKey key = new EntityKey(Py.str(e, "type", "").toUpperCase(java.util.Locale.ROOT),
                        NameKey.normalize(Py.truthy(e.get("name")) ? name : ""));
                out.putIfAbsent(key, e);
            }
        }
        return out;
    }

    /** {@code alert_map}: one entry per (TYPE, date[:10]); a later duplicate with a time replaces one without. */
    static Map<AlertKey, JsonNode> alerts(JsonNode obj) {
        final Map<AlertKey, JsonNode> out = new LinkedHashMap<>();
        final JsonNode list = Py.orNone(obj, "alerts");
        if (list != null) {
            for (JsonNode a : list) {
                final AlertKey key = new AlertKey(Py.str(a, "type", "").toUpperCase(java.util.Locale.ROOT),
                        PyText.prefix(Py.str(a, "date", ""), 10));
                final JsonNode seen = out.get(key);
                if (seen == null || (!Py.truthy(seen.get("time")) && Py.truthy(a.get("time")))) {
                    out.put(key, a);
                }
            }
        }
        return out;
    }

    static Set<String> phases(JsonNode obj) {
        final Set<String> out = new LinkedHashSet<>();
        final JsonNode list = Py.orNone(obj, "phases");
        if (list != null) {
            list.forEach(p -> out.add(Py.str(p)));
        }
        return out;
    }

    private static <K> Prf counts(Set<K> gold, Set<K> pred) {
        long tp = 0;
        for (K k : pred) {
            if (gold.contains(k)) {
                tp++;
            }
        }
        return new Prf(tp, pred.size() - tp, gold.size() - tp);
    }

    private static <K, V> Map<K, V> minus(Map<K, V> a, Map<K, V> b) {
        final Map<K, V> out = new LinkedHashMap<>();
        a.forEach((k, v) -> {
            if (!b.containsKey(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static <K> Set<K> minus(Set<K> a, Set<K> b) {
        final Set<K> out = new LinkedHashSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** Counters of one scope (all articles, or one language). */
    private static final class Bucket {
        private Prf entities = Prf.ZERO;
        private Prf alerts = Prf.ZERO;
        private Prf phases = Prf.ZERO;
        private long timed;
        private long timeOk;
        private long articles;
        private long phaseOk;

        void add(ArticleScore s) {
            entities = entities.plus(s.entities);
            alerts = alerts.plus(s.alerts);
            phases = phases.plus(s.phases);
            timed += s.timed;
            timeOk += s.timeOk;
            articles++;
            phaseOk += s.phaseOk ? 1 : 0;
        }

        ObjectNode summary() {
            final ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("articles", articles);
            node.set("entities", entities.toJson());
            final ObjectNode a = alerts.toJson();
            if (timed > 0) {
                a.put("time_accuracy", Figures.round4((double) timeOk / timed));
            } else {
                a.putNull("time_accuracy");
            }
            node.set("alerts", a);
            final ObjectNode p = node.putObject("phase");
            if (articles > 0) {
                p.put("accuracy", Figures.round4((double) phaseOk / articles));
            } else {
                p.putNull("accuracy");
            }
            p.put("phases_f1", Figures.round4(phases.f1()));
            return node;
        }
    }
}
