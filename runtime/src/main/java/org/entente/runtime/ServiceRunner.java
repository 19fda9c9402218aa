package org.entente.runtime;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.entente.runtime.errors.DeadLetterDeserializationHandler;
import org.entente.runtime.errors.DeadLetterProcessingHandler;
import org.entente.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link ServiceDefinition}: exactly-once Kafka Streams with the service's dead-letter topic, an HTTP
 * server with {@code /health/live}, {@code /health/ready} and {@code /metrics}, and an orderly close.
 * Services never start Streams or HTTP themselves.
 */
public final class ServiceRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceRunner.class);

    private final ServiceDefinition service;
    private final EntenteConfig config;
    private final KafkaStreams streams;
    private final Javalin http;
    private final KafkaStreamsMetrics streamsMetrics;
    private final int requestedPort;
    private boolean started;
    private boolean closed;

    public ServiceRunner(final ServiceDefinition service, final Topics topics, final EntenteConfig config) {
        this.service = service;
        this.config = config;
        final Topology topology = service.buildTopology(topics, config);
        this.streams = new KafkaStreams(topology, streamsProperties(service.name(), config));
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("{}: stream thread died, replacing it: {}", service.name(), error.toString(), error);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.info("{}: {} -> {}", service.name(), before, now));
        final PrometheusMeterRegistry registry = PrometheusMetrics.registry();
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        this.requestedPort = httpPort(service.name(), config);
        this.http = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.host = config.get(ConfigKeys.HTTP_HOST);
            c.jetty.port = requestedPort;
            c.routes.get("/health/live", this::live);
            c.routes.get("/health/ready", this::ready);
            c.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(registry.scrape()));
        });
        final ServiceContext context = new RunningServiceContext(streams, http, registry, config, topics);
        service.onStart(context);
    }

    /** Kafka Streams settings of a service: exactly-once, its DLQ, its state directory, pass-through client settings. */
    public static Properties streamsProperties(final String name, final EntenteConfig config) {
        final Properties p = new Properties();
        p.putAll(config.kafkaClientSettings());
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.get(ConfigKeys.APPLICATION_ID_PREFIX) + "-" + name);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(ConfigKeys.BOOTSTRAP_SERVERS));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.get(ConfigKeys.REPLICATION_FACTOR));
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.get(ConfigKeys.NUM_STREAM_THREADS));
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, config.get(ConfigKeys.NUM_STANDBY_REPLICAS));
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.get(ConfigKeys.COMMIT_INTERVAL_MS));
        p.put(StreamsConfig.STATE_DIR_CONFIG, Path.of(config.get(ConfigKeys.STATE_DIR)).toAbsolutePath().toString());
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.dlq(name));
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class.getName());
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return p;
    }

    static int httpPort(final String name, final EntenteConfig config) {
        final Integer single = config.get(ConfigKeys.HTTP_PORT);
        return single != null ? single : config.get(ConfigKeys.httpPortOf(name));
    }

    /** Starts Kafka Streams and the HTTP server; returns at once. */
    public synchronized ServiceRunner start() {
        if (started) {
            return this;
        }
        started = true;
        streams.start();
        http.start();
        LOG.info("{}: started (application.id {}, HTTP http://localhost:{}/health/ready, DLQ {})", service.name(),
                config.get(ConfigKeys.APPLICATION_ID_PREFIX) + "-" + service.name(), http.port(),
                Topics.dlq(service.name()));
        return this;
    }

    public String name() {
        return service.name();
    }

    /** The HTTP port actually bound (after {@link #start()}). */
    public int httpPort() {
        return http.port();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public KafkaStreams streams() {
        return streams;
    }

    private void live(final Context ctx) {
        final KafkaStreams.State state = streams.state();
        final boolean alive = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
        ctx.status(alive ? 200 : 503).json(java.util.Map.of("service", service.name(), "state", state.name()));
    }

    private void ready(final Context ctx) {
        final KafkaStreams.State state = streams.state();
        ctx.status(state == KafkaStreams.State.RUNNING ? 200 : 503)
                .json(java.util.Map.of("service", service.name(), "state", state.name()));
    }

    /** Closes Kafka Streams within {@code close.timeout.ms}, then the HTTP server. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        final Duration timeout = Duration.ofMillis(config.get(ConfigKeys.CLOSE_TIMEOUT_MS));
        LOG.info("{}: closing (timeout {})", service.name(), timeout);
        final boolean clean = streams.close(timeout);
        streamsMetrics.close();
        http.stop();
        LOG.info("{}: closed{}", service.name(), clean ? "" : " (Kafka Streams did not finish within the timeout)");
    }

    private record RunningServiceContext(KafkaStreams streams, Javalin http, MeterRegistry metrics, EntenteConfig config,
                            Topics topics) implements ServiceContext {
    }
}
