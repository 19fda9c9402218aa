package org.entente.ingest.streams;

import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.entente.ingest.IngestSettings;
import org.entente.ingest.parse.PageParser;
import org.entente.schemas.Topic;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.FetchedPage;

/**
 * news.pages → news.articles, and ingest.dlq for pages that cannot be articles.
 * <pre>
 *   news.pages ─parse (every partition)─┬─ rejected ─→ ingest.dlq (reason in headers)
 *                                      └─ article ─→ repartition to 1 ─→ dedupe ─→ news.articles
 * </pre>
 * Parsing, the costly step, runs in parallel on every input partition; deduplication, cheap, runs on one
 * partition so that copies published under different URLs meet.
 */
public final class IngestTopology {
    private IngestTopology() {}

    public static Topology build(Topics topics, IngestSettings settings) {
        final Topic<String, FetchedPage> pages = topics.pages();
        final Topic<String, Article> articles = topics.articles();
        final PageParser parser = new PageParser(settings.limits());
        final StreamsBuilder builder = new StreamsBuilder();

        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DedupeProcessor.ARTICLES_STORE), Serdes.String(), articles.valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DedupeProcessor.BANDS_STORE), Serdes.String(), Serdes.String()));

        final Map<String, KStream<String, ParseOutcome>> outcomes = builder
                .stream(pages.name(), Consumed.with(pages.keySerde(), pages.valueSerde()).withName("pages"))
                .processValues(() -> new PageParsingProcessor(parser), Named.as("parse"))
                .split(Named.as("page-"))
                .branch((url, outcome) -> outcome.isArticle(), Branched.as("article"))
                .defaultBranch(Branched.as("rejected"));

        outcomes.get("page-rejected")
                .processValues(() -> new DeadLetterProcessor(pages.valueSerde().serializer()), Named.as("dead-letter"))
                .to(Topics.dlq("ingest"), Produced.with(Serdes.String(), Serdes.ByteArray()).withName("to-dlq"));

        outcomes.get("page-article")
                .mapValues(ParseOutcome::article, Named.as("article"))
                .selectKey((url, article) -> article.getId(), Named.as("by-article-id"))
                .repartition(Repartitioned.with(Serdes.String(), articles.valueSerde())
                        .withName("dedupe").withNumberOfPartitions(1))
                .process(() -> new DedupeProcessor(settings.dedupeWindow(), settings.maxSimHashDistance()),
                        Named.as("dedupe"), DedupeProcessor.ARTICLES_STORE, DedupeProcessor.BANDS_STORE)
                .to(articles.name(), Produced.with(articles.keySerde(), articles.valueSerde()).withName("articles"));
        return builder.build();
    }
}
