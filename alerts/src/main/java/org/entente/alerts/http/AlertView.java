package org.entente.alerts.http;

import java.util.List;
import org.entente.schemas.avro.Alert;

/**
 * An alert as the HTTP API and the SSE stream show it (JSON). Times are ISO-8601 instants; texts from articles
 * ({@code evidence}, {@code headline}, {@code place}, {@code sources}) are untrusted and must be escaped by clients.
 */
public record AlertView(String id, String type, String date, String time, String offset, String place,
                        String duration, String until, String resolution, String status, String confidence,
                        int version, List<String> sources, List<String> articles, List<String> languages,
                        String firstSeen, String lastSeen, String evidence, String evidenceArticle, String headline,
                        String url, String revisionOf, List<String> rules) {

    public static AlertView of(final Alert a) {
        return new AlertView(a.getId(), a.getType(), a.getDate(), a.getTime(), a.getOffset(), a.getPlace(),
                a.getDuration(), a.getUntil(), a.getResolution(), a.getStatus(), a.getConfidence(), a.getVersion(),
                List.copyOf(a.getSources()), List.copyOf(a.getArticles()), List.copyOf(a.getLanguages()),
                a.getFirstSeen().toString(), a.getLastSeen().toString(), a.getEvidence(), a.getEvidenceArticle(),
                a.getHeadline(), a.getUrl(), a.getRevisionOf(), List.copyOf(a.getRules()));
    }
}
