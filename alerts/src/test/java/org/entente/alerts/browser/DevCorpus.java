package org.entente.alerts.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.EnrichedArticle;
import org.entente.schemas.avro.StatementRecord;

/**
 * The development corpus ({@code shared/corpus/dev-news.jsonl}, read in place, never copied) as enriched articles
 * whose statements are the gold alerts: real outlets, languages and evidence, for the dashboard screenshot.
 */
final class DevCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DevCorpus() {
    }

    /** The corpus file, looked for in {@code ../shared/corpus} above the working directory. */
    static Optional<Path> find() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            final Path candidate = dir.resolve("../shared/corpus/dev-news.jsonl").normalize();
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static List<EnrichedArticle> articles(final Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            final List<EnrichedArticle> articles = new ArrayList<>();
            lines.filter(l -> !l.isBlank()).forEach(line -> articles.add(article(read(line))));
            return articles;
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(final String line) {
        try {
            return JSON.readTree(line);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EnrichedArticle article(final JsonNode r) {
        final List<StatementRecord> statements = new ArrayList<>();
        for (final JsonNode a : r.path("gold").path("alerts")) {
            statements.add(StatementRecord.newBuilder()
                    .setType(a.path("type").asText()).setDate(a.path("date").asText())
                    .setTime(text(a, "time")).setPlace(text(a, "place")).setDuration(text(a, "duration"))
                    .setResolution(text(a, "resolution")).setModality("REPORTED")
                    .setEvidence(a.path("evidence").asText("")).setRules(List.of("gold")).build());
        }
        final Article article = Article.newBuilder()
                .setId(r.path("id").asText()).setUrl(r.path("url").isTextual() ? r.path("url").asText() : "")
                .setSource(r.path("source").asText()).setLanguage(r.path("lang").asText())
                .setTitle(r.path("title").asText("")).setPublished(published(r))
                .setPublishedZone(r.path("tz").asText("UTC")).build();
        return EnrichedArticle.newBuilder().setArticle(article).setLanguage(r.path("lang").asText())
                .setStatements(statements).build();
    }

    private static Instant published(final JsonNode r) {
        final String text = r.path("published").asText();
        if (text.length() == 10) {
            return LocalDate.parse(text).atTime(9, 0).atZone(ZoneId.of(r.path("tz").asText("UTC"))).toInstant();
        }
        return OffsetDateTime.parse(text).toInstant();
    }

    private static String text(final JsonNode node, final String field) {
        final JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }
}
