package org.entente.alerts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import java.util.List;
import org.apache.kafka.streams.Topology;
import org.entente.alerts.http.AlertQueries;
import org.entente.alerts.http.AlertsApi;
import org.entente.alerts.http.ChangeFeed;
import org.entente.alerts.http.RecentChanges;
import org.entente.alerts.model.AlertStatus;
import org.entente.alerts.model.AlertsSettings;
import org.entente.alerts.streams.AlertsTopology;
import org.entente.runtime.ConfigKey;
import org.entente.runtime.EntenteConfig;
import org.entente.runtime.ServiceContext;
import org.entente.runtime.ServiceDefinition;
import org.entente.schemas.Topics;

/**
 * The alerts service: {@code news.enriched} -> {@code alerts.events}, {@code alerts.current} ({@link AlertsTopology}),
 * with the HTTP API, the SSE stream and the dashboard ({@link AlertsApi}) on the runner's HTTP port
 * ({@code alerts.http.port}, 8080). For several instances, give each {@code kafka.application.server=host:port}
 * (its own HTTP address) so that requests are answered wherever an alert lives.
 */
public final class AlertsService implements ServiceDefinition {
    public static final ConfigKey<String> OFFICIAL = ConfigKey.string(AlertsSettings.OFFICIAL,
            AlertsSettings.DEFAULT_OFFICIAL, "Official outlets (names or domains, comma-separated): one report from"
                    + " one of them makes an alert HIGH confidence.");
    public static final ConfigKey<String> ESTABLISHED = ConfigKey.string(AlertsSettings.ESTABLISHED,
            AlertsSettings.DEFAULT_ESTABLISHED, "Established outlets (names or domains, comma-separated): a single"
                    + " report from one of them makes an alert MEDIUM confidence.");
    public static final ConfigKey<String> REVISION_WINDOW = ConfigKey.string(AlertsSettings.REVISION_WINDOW,
            AlertsSettings.DEFAULT_REVISION_WINDOW, "ISO-8601 duration: a report giving another date for the same"
                    + " (type, place) within this time of the earlier alert is linked to it as a possible revision.");
    public static final ConfigKey<Integer> RECENT_CHANGES = ConfigKey.integer(AlertsSettings.RECENT_CHANGES,
            AlertsSettings.DEFAULT_RECENT_CHANGES, "How many recent alert changes each instance keeps in memory so"
                    + " that SSE clients can resume with Last-Event-ID.");
    private static final List<ConfigKey<?>> KEYS = List.of(OFFICIAL, ESTABLISHED, REVISION_WINDOW, RECENT_CHANGES);

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<ConfigKey<?>> configKeys() {
        return KEYS;
    }

    static AlertsSettings settings(final EntenteConfig config) {
        return AlertsSettings.from(name -> KEYS.stream().filter(k -> k.name().equals(name)).findFirst()
                .map(k -> String.valueOf(config.get(k))).orElse(null));
    }

    @Override
    public Topology buildTopology(final Topics topics, final EntenteConfig config) {
        return AlertsTopology.build(topics, settings(config));
    }

    @Override
    public void onStart(final ServiceContext context) {
        final AlertsSettings settings = settings(context.config());
        final var clientSettings = context.config().kafkaClientSettings();
        final RecentChanges changes = new RecentChanges(settings.recentChanges());
        final ChangeFeed feed = new ChangeFeed(context.topics().alertEvents(), clientSettings, changes);
        final AlertQueries queries = new AlertQueries(context.streams(),
                AlertQueries.hostInfo(clientSettings.get("application.server")));
        final AlertsApi api = new AlertsApi(queries, changes);
        api.register(context.routes());
        context.http().unsafe.events.serverStarting(feed::start);
        context.http().unsafe.events.serverStopping(() -> {
            api.close();
            feed.close();
        });
        registerGauges(queries, changes);
    }

    /** Current alerts by status on this instance (from its store), and SSE clients. */
    private static void registerGauges(final AlertQueries queries, final RecentChanges changes) {
        final StatusCounts counts = new StatusCounts(queries);
        for (final AlertStatus status : AlertStatus.values()) {
            Gauge.builder("entente.alerts.current", counts, c -> c.count(status.name()))
                    .tag("status", status.name()).description("Alerts held by this instance, by latest status")
                    .register(Metrics.globalRegistry);
        }
        Gauge.builder("entente.alerts.sse.clients", changes, RecentChanges::subscriberCount)
                .description("Open SSE connections").register(Metrics.globalRegistry);
    }
}
