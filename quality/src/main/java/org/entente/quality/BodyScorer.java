package org.entente.quality;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;

/**
 * The article-body metric of the Zyte article-extraction benchmark, as {@code ../shared/tools/score_extraction.py}
 * computes it: multisets of 4-token shingles of {@code \w+} tokens; per page tp, fp, fn divided by their sum; page
 * precision and recall macro-averaged (a page enters precision only when something was predicted, recall only when
 * the truth is not empty); F1 of the two means; accuracy = share of pages whose token sequence is exactly right.
 * The reference's bootstrap standard deviation is not reproduced.
 */
public final class BodyScorer {

    static final int SHINGLE = 4;

    /** Normalised counts of one page. */
    public record PageCounts(String id, double tp, double fp, double fn, boolean exact) {
        double precision() {
            return fp == 0 && fn == 0 ? 1.0 : tp + fp > 0 ? tp / (tp + fp) : 0.0;
        }

        double recall() {
            return fp == 0 && fn == 0 ? 1.0 : tp + fn > 0 ? tp / (tp + fn) : 0.0;
        }
    }

    public record Result(ObjectNode scores, List<PageCounts> pages) {}

    private BodyScorer() {}

    /** @param truth id to reference body; @param predicted id to extracted body (a missing id is an error) */
    public static Result score(SortedMap<String, String> truth, Map<String, String> predicted) {
        final List<PageCounts> pages = new ArrayList<>();
        truth.forEach((id, body) -> {
            if (!predicted.containsKey(id)) {
                throw new IllegalArgumentException("ground-truth id " + id + " has no prediction");
            }
            pages.add(page(id, body, predicted.get(id)));
        });
        final List<Double> precisions = new ArrayList<>();
        final List<Double> recalls = new ArrayList<>();
        final List<Double> exact = new ArrayList<>();
        for (PageCounts p : pages) {
            if (p.tp + p.fp > 0) {
                precisions.add(p.precision());
            }
            if (p.tp + p.fn > 0) {
                recalls.add(p.recall());
            }
            exact.add(p.exact ? 1.0 : 0.0);
        }
        final double precision = Figures.mean(precisions);
        final double recall = Figures.mean(recalls);
        final ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("pages", pages.size());
        node.put("f1", precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0);
        node.put("precision", precision);
        node.put("recall", recall);
        node.put("accuracy", Figures.mean(exact));
        node.put("pages_in_precision", precisions.size());
        node.put("pages_in_recall", recalls.size());
        return new Result(node, pages);
    }

    static PageCounts page(String id, String truth, String predicted) {
        final List<String> t = tokens(truth);
        final List<String> p = tokens(predicted);
        final Map<List<String>, Integer> ts = shingles(t);
        final Map<List<String>, Integer> ps = shingles(p);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : ps.entrySet()) {
            final int inTruth = ts.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<List<String>, Integer> e : ts.entrySet()) {
            fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
        }
        final double total = tp + fp + fn;
        final boolean exact = t.equals(p);
        return total > 0 ? new PageCounts(id, tp / total, fp / total, fn / total, exact)
                : new PageCounts(id, 0, 0, 0, exact);
    }

    static List<String> tokens(String text) {
        final List<String> out = new ArrayList<>();
        final Matcher m = PyText.WORDS.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        final Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < SHINGLE) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }
}
