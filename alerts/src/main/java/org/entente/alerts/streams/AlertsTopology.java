package org.entente.alerts.streams;

import io.micrometer.core.instrument.Metrics;
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
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.EnrichedArticle;

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

    /** Topic names and serdes the topology reads and writes. */
    public record Io(String enriched, Serde<EnrichedArticle> enrichedSerde, String events, String current,
                     Serde<Alert> alertSerde) {
    }

    public static Topology build(final Io io, final AlertsSettings settings) {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORE), Serdes.String(), io.alertSerde()));

        final KStream<String, Alert> reports = builder
                .stream(io.enriched(), Consumed.with(Serdes.String(), io.enrichedSerde()).withName("enriched"))
                .flatMap((articleId, enriched) -> enriched == null ? java.util.List.<KeyValue<String, Alert>>of()
                        : StatementReports.of(enriched, AlertsTopology::countSkip).stream()
                        .map(report -> KeyValue.pair(report.getId(), report)).toList(), Named.as("statements-to-reports"));

        final KStream<String, Alert> changes = reports
                .repartition(Repartitioned.<String, Alert>with(Serdes.String(), io.alertSerde())
                        .withName(REPARTITION)
                        .withStreamPartitioner(new AlertGroupPartitioner()))
                .process(() -> new AlertLifecycleProcessor(
                        new AlertLifecycle(settings.confidence(), settings.revisionWindow())),
                        Named.as("alert-lifecycle"), STORE);

        changes.to(io.events(), Produced.with(Serdes.String(), io.alertSerde()).withName("to-events"));
        changes.to(io.current(), Produced.with(Serdes.String(), io.alertSerde()).withName("to-current"));
        return builder.build();
    }

    private static void countSkip(final StatementReports.Skip reason,
                                  final org.entente.schemas.avro.StatementRecord statement) {
        Metrics.counter("entente.alerts.statements.skipped", "reason", reason.name().toLowerCase(Locale.ROOT))
                .increment();
    }
}
