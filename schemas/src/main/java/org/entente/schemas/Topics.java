package org.entente.schemas;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.EnrichedArticle;
import org.entente.schemas.avro.FetchedPage;
import org.entente.schemas.registry.SchemaRegistryClient;
import org.entente.schemas.serde.AvroSerde;

/**
 * Every topic of the pipeline (design.md), declared once: name, serdes, partitions and cleanup policy.
 * Keys are plain strings; values are Avro in the Confluent wire format against one shared registry client.
 *
 * <pre>{@code
 * Topics topics = Topics.create(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://localhost:8081"));
 * builder.stream(topics.articles().name(), Consumed.with(topics.articles().keySerde(), topics.articles().valueSerde()));
 * }</pre>
 */
public final class Topics {

    public static final String PAGES = "news.pages";
    public static final String ARTICLES = "news.articles";
    public static final String ENRICHED = "news.enriched";
    public static final String ALERT_EVENTS = "alerts.events";
    public static final String ALERTS_CURRENT = "alerts.current";

    /** Services that own a dead-letter topic, in data-flow order. */
    public static final List<String> SERVICES = List.of("ingest", "enrich", "alerts");

    /** Partitions of every topic the pipeline creates; small because a local run shares two cores. */
    public static final int DEFAULT_PARTITIONS = 3;

    private static final long DAY_MS = 24L * 60 * 60 * 1000;
    /** Raw pages: a week, enough to re-run ingest after a fix. */
    public static final long PAGES_RETENTION_MS = 7 * DAY_MS;
    /** Articles and enriched articles: a month of news for re-enrichment and replays. */
    public static final long ARTICLES_RETENTION_MS = 30 * DAY_MS;
    /** Alert change events: a quarter, for audits of how an alert evolved. */
    public static final long ALERT_EVENTS_RETENTION_MS = 90 * DAY_MS;
    /** Dead letters: a month to inspect and replay them. */
    public static final long DLQ_RETENTION_MS = 30 * DAY_MS;

    private final SchemaRegistryClient registry;
    private final Topic<String, FetchedPage> pages;
    private final Topic<String, Article> articles;
    private final Topic<String, EnrichedArticle> enriched;
    private final Topic<String, Alert> alertEvents;
    private final Topic<String, Alert> alertsCurrent;
    private final List<Topic<?, ?>> all;

    private Topics(SchemaRegistryClient registry, Map<String, ?> serdeConfig) {
        this.registry = registry;
        pages = avro(PAGES, FetchedPage.class, TopicConfig.CLEANUP_POLICY_DELETE, retention(PAGES_RETENTION_MS), serdeConfig);
        articles = avro(ARTICLES, Article.class, TopicConfig.CLEANUP_POLICY_DELETE, retention(ARTICLES_RETENTION_MS), serdeConfig);
        enriched = avro(ENRICHED, EnrichedArticle.class, TopicConfig.CLEANUP_POLICY_DELETE, retention(ARTICLES_RETENTION_MS), serdeConfig);
        alertEvents = avro(ALERT_EVENTS, Alert.class, TopicConfig.CLEANUP_POLICY_DELETE, retention(ALERT_EVENTS_RETENTION_MS), serdeConfig);
        alertsCurrent = avro(ALERTS_CURRENT, Alert.class, TopicConfig.CLEANUP_POLICY_COMPACT, Map.of(), serdeConfig);
        final List<Topic<?, ?>> dlqs = SERVICES.stream().<Topic<?, ?>>map(Topics::deadLetterTopic).toList();
        all = Stream.concat(Stream.of(pages, articles, enriched, alertEvents, alertsCurrent), dlqs.stream()).toList();
    }

    /**
     * Topics whose Avro serdes use the registry named by {@code schema.registry.url} in {@code serdeConfig}
     * ({@code http(s)://host:port[/path]}, or {@code mock://scope} for unit tests); see
     * {@link org.entente.schemas.serde.AvroSerdeConfig} for every key.
     */
    public static Topics create(Map<String, ?> serdeConfig) {
        return new Topics(SchemaRegistryClient.create(serdeConfig), serdeConfig);
    }

    /** Topics whose serdes use the given registry client; serdeConfig supplies the serde settings. */
    public static Topics create(SchemaRegistryClient registry, Map<String, ?> serdeConfig) {
        return new Topics(Objects.requireNonNull(registry, "registry"), serdeConfig);
    }

    /** Name of a service's dead-letter topic: {@code ingest.dlq}, {@code enrich.dlq}, {@code alerts.dlq}. */
    public static String dlq(String service) {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("service name required");
        }
        return service + ".dlq";
    }

    /** A dead-letter topic: keys and values are the failed record's raw bytes; the reason is in headers. */
    public static Topic<byte[], byte[]> deadLetterTopic(String service) {
        return new Topic<>(dlq(service), Serdes.ByteArray(), Serdes.ByteArray(), DEFAULT_PARTITIONS,
                TopicConfig.CLEANUP_POLICY_DELETE, retention(DLQ_RETENTION_MS));
    }

    public Topic<String, FetchedPage> pages() {
        return pages;
    }

    public Topic<String, Article> articles() {
        return articles;
    }

    public Topic<String, EnrichedArticle> enriched() {
        return enriched;
    }

    public Topic<String, Alert> alertEvents() {
        return alertEvents;
    }

    /** Latest alert per id; compacted, a tombstone retracts the alert. */
    public Topic<String, Alert> alertsCurrent() {
        return alertsCurrent;
    }

    /** The five data topics then the three dead-letter topics: what topic creation creates. */
    public List<Topic<?, ?>> all() {
        return all;
    }

    /** Each Avro topic's value schema, by topic name in data-flow order: what a deploy step registers. */
    public static Map<String, Schema> valueSchemas() {
        final Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(PAGES, FetchedPage.getClassSchema());
        schemas.put(ARTICLES, Article.getClassSchema());
        schemas.put(ENRICHED, EnrichedArticle.getClassSchema());
        schemas.put(ALERT_EVENTS, Alert.getClassSchema());
        schemas.put(ALERTS_CURRENT, Alert.getClassSchema());
        return Collections.unmodifiableMap(schemas);
    }

    /** The registry client every Avro serde of these topics shares. */
    public SchemaRegistryClient registry() {
        return registry;
    }

    private <T extends SpecificRecord> Topic<String, T> avro(
            String name, Class<T> type, String cleanupPolicy, Map<String, String> config, Map<String, ?> serdeConfig) {
        final AvroSerde<T> serde = new AvroSerde<>(type, registry);
        serde.configure(serdeConfig, false);
        return new Topic<>(name, Serdes.String(), serde, DEFAULT_PARTITIONS, cleanupPolicy, config);
    }

    private static Map<String, String> retention(long millis) {
        return Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(millis));
    }
}
