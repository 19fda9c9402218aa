package org.entente.alerts.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.entente.alerts.streams.AlertGroupPartitioner;
import org.entente.alerts.streams.AlertsTopology;
import org.entente.schemas.avro.Alert;

/**
 * Reads alerts from the {@value AlertsTopology#STORE} store by interactive queries. With several instances (each
 * started with {@code application.server=host:port}), an alert is read where its partition lives, and the list
 * gathers every instance's local alerts over HTTP ({@code GET /alerts?scope=local}).
 * Without {@code application.server} the instance answers alone from its own store.
 */
public final class AlertQueries {
    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AlertGroupPartitioner partitioner = new AlertGroupPartitioner();

    /** Thrown when another instance holding the data cannot answer. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(final String message, final Throwable cause) {
            super(message, cause);
        }
    }

    /** @param self this instance's {@code application.server}, or null when not set */
    public AlertQueries(final KafkaStreams streams, final HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    /** Parses {@code host:port}; null for null or blank. */
    public static HostInfo hostInfo(final String applicationServer) {
        return applicationServer == null || applicationServer.isBlank() ? null : HostInfo.buildFromEndpoint(applicationServer);
    }

    private ReadOnlyKeyValueStore<String, Alert> localStore() {
        return streams.store(StoreQueryParameters.fromNameAndType(AlertsTopology.STORE,
                QueryableStoreTypes.<String, Alert>keyValueStore()));
    }

    /** Every alert this instance holds (active partitions only). */
    public List<AlertView> local() {
        final List<AlertView> alerts = new ArrayList<>();
        try (KeyValueIterator<String, Alert> it = localStore().all()) {
            it.forEachRemaining(kv -> alerts.add(AlertView.of(kv.value)));
        }
        return alerts;
    }

    /** Every alert of every instance. */
    public List<AlertView> all() {
        final Map<String, AlertView> byId = new LinkedHashMap<>();
        local().forEach(a -> byId.put(a.id(), a));
        if (self != null) {
            for (final StreamsMetadata m : streams.streamsMetadataForStore(AlertsTopology.STORE)) {
                if (!m.hostInfo().equals(self)) {
                    Json.readAlerts(get(m.hostInfo(), "/alerts?scope=local&limit=" + Integer.MAX_VALUE))
                            .forEach(a -> byId.putIfAbsent(a.id(), a));
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** One alert, read where its key lives. */
    public Optional<AlertView> one(final String id, final boolean localOnly) {
        if (!localOnly && self != null) {
            final KeyQueryMetadata where = streams.queryMetadataForKey(AlertsTopology.STORE, id, partitioner);
            final HostInfo owner = where.activeHost();
            if (!KeyQueryMetadata.NOT_AVAILABLE.equals(where) && owner != null && !owner.equals(self)
                    && owner.port() > 0) {
                final String body = get(owner, "/alerts/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                        .replace("+", "%20") + "?scope=local");
                return body == null ? Optional.empty() : Optional.of(Json.readAlert(body));
            }
        }
        return Optional.ofNullable(localStore().get(id)).map(AlertView::of);
    }

    /** GET from another instance: the body, or null on 404. */
    private String get(final HostInfo host, final String pathAndQuery) {
        final URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery);
        try {
            final HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new Unavailable(uri + " answered " + response.statusCode(), null);
            }
            return response.body();
        } catch (final IOException e) {
            throw new Unavailable(uri + " unreachable: " + e.getMessage(), e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable(uri + " interrupted", e);
        }
    }
}
