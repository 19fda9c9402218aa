package org.entente.alerts.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.EnrichedArticle;
import org.entente.schemas.avro.StatementRecord;

/**
 * Turns an enriched article into reports: one single-article {@link Alert} (version 0) per alert key it states.
 * Only SCHEDULED and REPORTED statements count (NEGATED, HYPOTHETICAL and PROPOSED never raise an alert), only with a
 * full day; the same alert stated twice in one article is one report (the first statement gives the evidence, later
 * ones may add a time, a duration or an end).
 */
public final class StatementReports {
    /** Modalities that raise an alert. */
    public static final Set<String> RAISING = Set.of("SCHEDULED", "REPORTED");

    /** Why a statement raised nothing; counted in metrics. */
    public enum Skip { MODALITY, NO_DAY }

    /** Receives the statements that raise nothing. */
    @FunctionalInterface
    public interface SkipListener {
        void skipped(Skip reason, StatementRecord statement);
    }

    private StatementReports() {
    }

    public static List<Alert> of(final EnrichedArticle enriched, final SkipListener skips) {
        final Article article = enriched.getArticle();
        final Map<String, Alert.Builder> byId = new LinkedHashMap<>();
        for (final StatementRecord s : enriched.getStatements()) {
            if (s.getModality() == null || !RAISING.contains(s.getModality().trim().toUpperCase(Locale.ROOT))) {
                skips.skipped(Skip.MODALITY, s);
                continue;
            }
            final var key = AlertKey.of(s);
            if (key.isEmpty()) {
                skips.skipped(Skip.NO_DAY, s);
                continue;
            }
            final Alert.Builder same = byId.get(key.get().id());
            if (same == null) {
                byId.put(key.get().id(), report(key.get(), s, article, languageOf(enriched)));
            } else {
                fillIn(same, s);
            }
        }
        final List<Alert> reports = new ArrayList<>(byId.size());
        byId.values().forEach(b -> reports.add(b.build()));
        return reports;
    }

    private static Alert.Builder report(final AlertKey key, final StatementRecord s, final Article article,
                                        final String language) {
        return Alert.newBuilder()
                .setId(key.id())
                .setType(key.type())
                .setDate(key.date().toString())
                .setTime(s.getTime())
                .setOffset(s.getTime() == null ? null : s.getOffset())
                .setPlace(blankToNull(s.getPlace()))
                .setDuration(s.getDuration())
                .setUntil(s.getUntil())
                .setResolution(key.resolution())
                .setStatus(AlertStatus.NEW.name())
                .setConfidence(Confidence.LOW.name())
                .setVersion(0)
                .setSources(new ArrayList<>(List.of(article.getSource())))
                .setArticles(new ArrayList<>(List.of(article.getId())))
                .setLanguages(language == null ? new ArrayList<>() : new ArrayList<>(List.of(language)))
                .setFirstSeen(article.getPublished())
                .setLastSeen(article.getPublished())
                .setEvidence(s.getEvidence() == null ? "" : s.getEvidence())
                .setEvidenceArticle(article.getId())
                .setRevisionOf(null)
                .setRules(new ArrayList<>(s.getRules()))
                .setHeadline(article.getTitle() == null ? "" : article.getTitle())
                .setUrl(article.getUrl());
    }

    private static void fillIn(final Alert.Builder b, final StatementRecord s) {
        if (b.getTime() == null && s.getTime() != null) {
            b.setTime(s.getTime()).setOffset(s.getOffset());
        }
        if (b.getDuration() == null && s.getDuration() != null) {
            b.setDuration(s.getDuration());
        }
        if (b.getUntil() == null && s.getUntil() != null) {
            b.setUntil(s.getUntil());
        }
    }

    private static String languageOf(final EnrichedArticle enriched) {
        final String lang = enriched.getLanguage() != null ? enriched.getLanguage() : enriched.getArticle().getLanguage();
        return lang == null || lang.isBlank() ? null : lang.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(final String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
