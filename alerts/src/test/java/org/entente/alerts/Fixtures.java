package org.entente.alerts;

import java.time.Instant;
import java.util.List;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.EnrichedArticle;
import org.entente.schemas.avro.StatementRecord;

/** Builders of enriched articles and statements for tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static StatementRecord.Builder statement(final String type, final String date, final String place) {
        return StatementRecord.newBuilder()
                .setType(type).setDate(date).setPlace(place)
                .setModality("SCHEDULED")
                .setEvidence(type + " " + date + " " + place)
                .setRules(List.of("test-rule"));
    }

    public static EnrichedArticle article(final String id, final String source, final String language,
                                          final String published, final StatementRecord.Builder... statements) {
        return article(id, source, language, published, "Headline of " + id, statements);
    }

    public static EnrichedArticle article(final String id, final String source, final String language,
                                          final String published, final String title,
                                          final StatementRecord.Builder... statements) {
        final Article article = Article.newBuilder()
                .setId(id).setUrl("https://example.org/" + id).setSource(source).setLanguage(language)
                .setTitle(title).setPublished(Instant.parse(published))
                .build();
        return EnrichedArticle.newBuilder()
                .setArticle(article).setLanguage(language)
                .setStatements(java.util.Arrays.stream(statements).map(StatementRecord.Builder::build).toList())
                .build();
    }
}
