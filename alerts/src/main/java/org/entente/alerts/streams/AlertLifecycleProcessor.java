package org.entente.alerts.streams;

import io.micrometer.core.instrument.Metrics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.entente.alerts.model.AlertKey;
import org.entente.alerts.model.AlertLifecycle;
import org.entente.schemas.avro.Alert;

/**
 * Applies each report to its alert in the {@value AlertsTopology#STORE} store ({@link AlertLifecycle}) and forwards
 * one record per change, with CloudEvents headers. Input and output are keyed by alert id; the input is partitioned
 * by (type, place) ({@link AlertGroupPartitioner}) so that the group scan for revisions sees every alert it needs.
 */
final class AlertLifecycleProcessor implements Processor<String, Alert, String, Alert> {
    private final AlertLifecycle lifecycle;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, Alert> store;

    AlertLifecycleProcessor(final AlertLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void init(final ProcessorContext<String, Alert> context) {
        this.context = context;
        this.store = context.getStateStore(AlertsTopology.STORE);
    }

    @Override
    public void process(final Record<String, Alert> record) {
        final Alert report = record.value();
        if (report == null || record.key() == null) {
            return;
        }
        final String id = record.key();
        final Alert existing = store.get(id);
        final List<Alert> group = existing == null ? group(AlertKey.groupOf(id)) : List.of();
        final AlertLifecycle.Transition transition = lifecycle.apply(existing, report, group);
        if (!transition.storesSomething()) {
            Metrics.counter("entente.alerts.reports", "outcome", "already_counted").increment();
            return;
        }
        store.put(id, transition.state());
        Metrics.counter("entente.alerts.reports", "outcome", transition.changes().isEmpty() ? "stored" : "changed")
                .increment();
        for (final Alert change : transition.changes()) {
            context.forward(new Record<>(id, change, record.timestamp(),
                    CloudEventHeaders.of(change, record.timestamp())));
            Metrics.counter("entente.alerts.changes", "status", change.getStatus(), "type", change.getType())
                    .increment();
        }
    }

    private List<Alert> group(final String groupId) {
        final List<Alert> alerts = new ArrayList<>();
        try (KeyValueIterator<String, Alert> it = store.prefixScan(groupId + ":", Serdes.String().serializer())) {
            while (it.hasNext()) {
                final KeyValue<String, Alert> next = it.next();
                alerts.add(next.value);
            }
        }
        return alerts;
    }
}
