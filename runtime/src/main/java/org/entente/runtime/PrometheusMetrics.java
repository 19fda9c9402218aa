package org.entente.runtime;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The process's one Prometheus registry, added to Micrometer's global registry so that meters recorded on
 * {@link Metrics#globalRegistry} by processors show up on every service's {@code /metrics}.
 */
public final class PrometheusMetrics {

    private static PrometheusMeterRegistry registry;

    private PrometheusMetrics() {
    }

    public static synchronized PrometheusMeterRegistry registry() {
        if (registry == null) {
            registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            Metrics.addRegistry(registry);
        }
        return registry;
    }
}
