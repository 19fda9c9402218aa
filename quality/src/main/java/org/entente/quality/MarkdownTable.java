package org.entente.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** The scores of a report as the markdown table docs/quality.md shows: one row overall, one per language (and kind). */
public final class MarkdownTable {

    private MarkdownTable() {}

    public static String of(Report report) {
        final JsonNode s = report.scores();
        final StringBuilder t = new StringBuilder();
        switch (report.kind()) {
            case NEWS -> {
                t.append("| scope | articles | entities P | R | F1 | alerts P | R | F1 | time acc. | phase acc. | phases F1 |\n");
                t.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
                newsRow(t, "all", s);
                s.get("by_lang").fields().forEachRemaining(f -> newsRow(t, f.getKey(), f.getValue()));
            }
            case TEMPORAL -> {
                t.append("| scope | cases | accuracy |\n|---|---|---|\n");
                temporalRow(t, "all", s);
                s.get("by_lang").fields().forEachRemaining(f -> temporalRow(t, f.getKey(), f.getValue()));
                s.get("by_kind").fields().forEachRemaining(f -> temporalRow(t, f.getKey(), f.getValue()));
            }
            case BODY -> {
                t.append("| pages | F1 | precision | recall | exact pages |\n|---|---|---|---|---|\n");
                t.append("| ").append(s.get("pages").asInt()).append(" | ").append(fmt(s.get("f1"))).append(" | ")
                        .append(fmt(s.get("precision"))).append(" | ").append(fmt(s.get("recall"))).append(" | ")
                        .append(fmt(s.get("accuracy"))).append(" |\n");
            }
        }
        return t.toString();
    }

    private static void newsRow(StringBuilder t, String scope, JsonNode s) {
        final JsonNode e = s.get("entities");
        final JsonNode a = s.get("alerts");
        final JsonNode p = s.get("phase");
        t.append(String.join(" | ", "| " + scope, s.get("articles").asText(), fmt(e.get("precision")), fmt(e.get("recall")),
                fmt(e.get("f1")), fmt(a.get("precision")), fmt(a.get("recall")), fmt(a.get("f1")),
                fmt(a.get("time_accuracy")), fmt(p.get("accuracy")), fmt(p.get("phases_f1")))).append(" |\n");
    }

    private static void temporalRow(StringBuilder t, String scope, JsonNode s) {
        t.append("| ").append(scope).append(" | ").append(s.get("cases").asInt()).append(" | ")
                .append(fmt(s.get("accuracy"))).append(" |\n");
    }

    private static String fmt(JsonNode v) {
        return v == null || v.isNull() ? "–" : String.format(Locale.ROOT, "%.3f", v.asDouble());
    }
}
