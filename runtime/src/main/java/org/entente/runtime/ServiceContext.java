package org.entente.runtime;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.KafkaStreams;
import org.entente.schemas.Topics;

/** What a running service can reach from {@link ServiceDefinition#onStart}. */
public interface ServiceContext {

    /** The service's Kafka Streams instance (created, not yet started when {@code onStart} runs). */
    KafkaStreams streams();

    /** The service's HTTP server (not yet listening when {@code onStart} runs). */
    Javalin http();

    /** The registry behind {@code /metrics}. */
    MeterRegistry metrics();

    EntenteConfig config();

    Topics topics();

    /** Where to add HTTP routes: {@code context.routes().get("/alerts", ctx -> ...)}. */
    default RoutesConfig routes() {
        return http().unsafe.routes;
    }
}
