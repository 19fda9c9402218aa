package org.entente.alerts.streams;

import io.micrometer.core.instrument.Metrics;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.entente.alerts.model.AlertLifecycle;
import org.entente.alerts.model.AlertsSettings;
import org.entente.alerts.model.StatementReports;
import org.entente.schemas.Topic;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.EnrichedArticle;
import org.entente.schemas.avro.StatementRecord;

/**
 * {@code news.enriched} -> {@code alerts.events} (one record per change) and {@code alerts.current} (compacted,
 * latest per id).
 *
 * <p>Each enriched article becomes one report per alert key it states ({@link StatementReports}); reports are
 * repartitioned by alert id, placed by (type, place) group ({@link AlertGroupPartitioner}), so that one task owns
 * each alert; the lifecycle runs against the {@value #STORE} store ({@link AlertLifecycleProcessor}).
 */
public final class AlertsTopology {
    /** Alert id -> latest stored alert; queried by the HTTP API. */
    public static final String STORE = "alerts-store";
    /** Name of the repartition step (topic {@code <application.id>-alerts-by-group-repartition}). */
    public static final String REPARTITION = "alerts-by-group";

    private AlertsTopology() {
    }

    public static Topology build(final Topics topics, final AlertsSettings settings) {
        return build(topics.enriched(), topics.alertEvents(), topics.alertsCurrent(), settings);
    }

    public static Topology build(final Topic<String, EnrichedArticle> enriched, final Topic<String, Alert> events,
                                 final Topic<String, Alert> current, final AlertsSettings settings) {
        final Serde<Alert> alertSerde = current.valueSerde();
        final StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORE), Serdes.String(), alertSerde));

        final KStream<String, Alert> reports = builder
                .stream(enriched.name(), Consumed.with(enriched.keySerde(), enriched.valueSerde()).withName("enriched"))
                .flatMap((articleId, article) -> article == null ? List.<KeyValue<String, Alert>>of()
                        : StatementReports.of(article, AlertsTopology::countSkip).stream()
                        .map(report -> KeyValue.pair(report.getId(), report)).toList(), Named.as("statements-to-reports"));

        final KStream<String, Alert> changes = reports
                .repartition(Repartitioned.<String, Alert>with(Serdes.String(), alertSerde)
                        .withName(REPARTITION)
                        .withStreamPartitioner(new AlertGroupPartitioner()))
                .process(() -> new AlertLifecycleProcessor(
                        new AlertLifecycle(settings.confidence(), settings.revisionWindow())),
                        Named.as("alert-lifecycle"), STORE);

        changes.to(events.name(), Produced.with(events.keySerde(), events.valueSerde()).withName("to-events"));
        changes.to(current.name(), Produced.with(current.keySerde(), current.valueSerde()).withName("to-current"));
        return builder.build();
    }

    private static void countSkip(final StatementReports.Skip reason, final StatementRecord statement) {
        Metrics.counter("entente.alerts.statements.skipped", "reason", reason.name().toLowerCase(Locale.ROOT))
                .increment();
    }
}
