package org.entente.enrich.stream;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.entente.enrich.Enricher;
import org.entente.enrich.model.Document;
import org.entente.enrich.model.Enrichment;
import org.entente.enrich.model.Entity;
import org.entente.enrich.model.Mention;
import org.entente.enrich.model.Phase;
import org.entente.enrich.model.Statement;
import org.entente.enrich.model.TimeExpression;
import org.entente.schemas.Topic;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.EnrichedArticle;
import org.entente.schemas.avro.EntityRecord;
import org.entente.schemas.avro.MentionRecord;
import org.entente.schemas.avro.StatementRecord;
import org.entente.schemas.avro.TimeRecord;

/**
 * The enrich step as a pure function: {@code news.articles} → {@code news.enriched}. Each article becomes a
 * {@link Document} (title, paragraphs joined by a blank line, publication time in its publisher's zone), goes through
 * {@link Enricher#enrich}, and comes out as an {@link EnrichedArticle} under the same key. An article that cannot be
 * enriched (no id, an unknown zone, an extractor failure) throws an {@link EnrichmentException}; the service runner's
 * processing handler then writes it to {@code enrich.dlq} with the reason in its headers.
 *
 * <p>Metrics on Micrometer's global registry: {@code entente.enrich.statements{type,modality}} (counter) and
 * {@code entente.enrich.extraction} (timer, one sample per article).
 */
public final class EnrichTopology {
    public static final String STATEMENTS_METRIC = "entente.enrich.statements";
    public static final String EXTRACTION_METRIC = "entente.enrich.extraction";

    private EnrichTopology() {}

    public static Topology build(Topics topics, Enricher enricher) {
        final Topic<String, Article> in = topics.articles();
        final Topic<String, EnrichedArticle> out = topics.enriched();
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream(in.name(), Consumed.with(in.keySerde(), in.valueSerde()))
            .filter((key, article) -> article != null) // a tombstone carries nothing to enrich
            .mapValues(article -> enrich(enricher, article))
            .to(out.name(), Produced.with(out.keySerde(), out.valueSerde()));
        return builder.build();
    }

    /** Enriches one article; throws {@link EnrichmentException} with the reason when it cannot. */
    public static EnrichedArticle enrich(Enricher enricher, Article article) {
        final Document doc = document(article);
        final long started = System.nanoTime();
        final Enrichment e;
        try {
            e = enricher.enrich(doc);
        } catch (RuntimeException ex) {
            throw new EnrichmentException("article " + article.getId() + ": extraction failed: " + ex, ex);
        }
        final long nanos = System.nanoTime() - started;
        Timer.builder(EXTRACTION_METRIC).description("Extraction time per article").register(Metrics.globalRegistry)
            .record(nanos, TimeUnit.NANOSECONDS);
        for (Statement s : e.statements()) {
            Metrics.counter(STATEMENTS_METRIC, "type", s.type().name(), "modality", s.modality().name()).increment();
        }
        return EnrichedArticle.newBuilder()
            .setArticle(article)
            .setLanguage(e.lang())
            .setEntities(entities(e.entities()))
            .setTimes(times(e.times()))
            .setStatements(statements(e.statements()))
            .setPhases(e.phases().stream().map(Phase::name).toList())
            .setPhase(e.phase() == null ? null : e.phase().name())
            .setEnrichedAt(Instant.now())
            .setExtractionMicros(nanos / 1_000)
            .build();
    }

    /** The document the library reads: title, the paragraphs joined by a blank line, published in its zone, its outlet. */
    static Document document(Article a) {
        if (a.getId() == null || a.getId().isBlank()) {
            throw new EnrichmentException("article without an id");
        }
        final ZoneId zone;
        try {
            zone = ZoneId.of(a.getPublishedZone() == null || a.getPublishedZone().isBlank() ? "UTC" : a.getPublishedZone());
        } catch (DateTimeException ex) {
            throw new EnrichmentException("article " + a.getId() + ": unknown publishedZone '" + a.getPublishedZone() + "'", ex);
        }
        final String body = String.join("\n\n", a.getParagraphs());
        return new Document(a.getId(), a.getLanguage(), a.getTitle(), body, a.getPublished().atZone(zone), a.getSource());
    }

    private static List<EntityRecord> entities(List<Entity> entities) {
        final List<EntityRecord> out = new ArrayList<>(entities.size());
        for (Entity en : entities) {
            final List<MentionRecord> mentions = new ArrayList<>(en.mentions().size());
            for (Mention m : en.mentions()) {
                mentions.add(new MentionRecord(m.start(), m.end(), m.text(), m.rule()));
            }
            out.add(new EntityRecord(en.type().name(), en.name(), en.wikidata(), mentions));
        }
        return out;
    }

    private static List<TimeRecord> times(List<TimeExpression> times) {
        final List<TimeRecord> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            out.add(new TimeRecord(t.kind().name(), t.value(), t.start(), t.end(), t.text(), t.rule()));
        }
        return out;
    }

    private static List<StatementRecord> statements(List<Statement> statements) {
        final List<StatementRecord> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            out.add(StatementRecord.newBuilder()
                .setType(s.type().name()).setDate(s.date()).setTime(s.time()).setOffset(s.offset())
                .setPlace(s.place()).setDuration(s.duration()).setUntil(s.until()).setResolution(s.resolution())
                .setModality(s.modality().name()).setEvidence(s.evidence()).setStart(s.start()).setEnd(s.end())
                .setRules(s.rules())
                .build());
        }
        return out;
    }
}
