package org.entente.runtime;

import java.util.List;

/** Every setting the shared runtime reads. Services declare their own in {@link ServiceDefinition#configKeys()}. */
public final class ConfigKeys {

    public static final ConfigKey<String> BOOTSTRAP_SERVERS = ConfigKey.string("bootstrap.servers", "localhost:9092",
            "Kafka bootstrap servers the services connect to.").withEnv("KAFKA_BOOTSTRAP_SERVERS");
    public static final ConfigKey<String> SCHEMA_REGISTRY_URL = ConfigKey.string("schema.registry.url",
            "http://localhost:8081",
            "Schema Registry base URL(s), comma-separated; may carry a path (Apicurio's /apis/ccompat/v7).")
            .withEnv("SCHEMA_REGISTRY_URL");
    public static final ConfigKey<Boolean> AUTO_REGISTER_SCHEMAS = ConfigKey.bool("auto.register.schemas", true,
            "Register value schemas on first write; set false in production and register at deploy time.");
    public static final ConfigKey<String> BASIC_AUTH_USER_INFO = ConfigKey.string("basic.auth.user.info", null,
            "user:password for the Schema Registry's HTTP basic auth.");
    public static final ConfigKey<String> APPLICATION_ID_PREFIX = ConfigKey.string("application.id.prefix", "entente",
            "Prefix of each service's Kafka Streams application.id (<prefix>-<service>).");
    public static final ConfigKey<String> STATE_DIR = ConfigKey.string("state.dir", ".entente/state",
            "Directory of Kafka Streams state stores (one sub-directory per application).");
    public static final ConfigKey<Integer> REPLICATION_FACTOR = ConfigKey.integer("replication.factor", -1,
            "Replication factor of topics the services create (internal and, in local mode, pipeline topics); -1 = broker default.");
    public static final ConfigKey<Integer> NUM_STREAM_THREADS = ConfigKey.integer("num.stream.threads", 1,
            "Kafka Streams processing threads per service.");
    public static final ConfigKey<Integer> NUM_STANDBY_REPLICAS = ConfigKey.integer("num.standby.replicas", 0,
            "Standby replicas of each state store (warm copies for fast fail-over).");
    public static final ConfigKey<Long> COMMIT_INTERVAL_MS = ConfigKey.longValue("commit.interval.ms", 100L,
            "Kafka Streams commit interval; with exactly-once each hop waits for its commit.");
    public static final ConfigKey<Long> CLOSE_TIMEOUT_MS = ConfigKey.longValue("close.timeout.ms", 30_000L,
            "How long a service waits for Kafka Streams to close on shutdown (SIGTERM).");
    public static final ConfigKey<Integer> HTTP_PORT = ConfigKey.integer("http.port", null,
            "HTTP port of a service run alone (entente ingest|enrich|alerts); overrides <service>.http.port.");
    public static final ConfigKey<Integer> INGEST_HTTP_PORT = ConfigKey.integer("ingest.http.port", 8082,
            "HTTP port (health, metrics) of the ingest service.");
    public static final ConfigKey<Integer> ENRICH_HTTP_PORT = ConfigKey.integer("enrich.http.port", 8083,
            "HTTP port (health, metrics) of the enrich service.");
    public static final ConfigKey<Integer> ALERTS_HTTP_PORT = ConfigKey.integer("alerts.http.port", 8080,
            "HTTP port (health, metrics, alerts API, dashboard) of the alerts service.");
    public static final ConfigKey<String> HTTP_HOST = ConfigKey.string("http.host", "0.0.0.0",
            "Address the services' HTTP servers bind to.");
    public static final ConfigKey<Integer> KAFKA_PORT = ConfigKey.integer("local.kafka.port", 9092,
            "entente local: port of the embedded Kafka broker (0 = any free port).");
    public static final ConfigKey<Integer> REGISTRY_PORT = ConfigKey.integer("local.registry.port", 8081,
            "entente local: port of the embedded Schema Registry (0 = any free port).");
    public static final ConfigKey<String> DATA_DIR = ConfigKey.string("local.data.dir", ".entente",
            "entente local: directory of the embedded broker's log, registry and state; a second run resumes from it.");

    /** Prefix of Kafka client settings passed through unchanged (minus the prefix), e.g. kafka.security.protocol. */
    public static final String KAFKA_PREFIX = "kafka.";

    private ConfigKeys() {
    }

    public static List<ConfigKey<?>> all() {
        return List.of(BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL, AUTO_REGISTER_SCHEMAS, BASIC_AUTH_USER_INFO,
                APPLICATION_ID_PREFIX, STATE_DIR, REPLICATION_FACTOR, NUM_STREAM_THREADS, NUM_STANDBY_REPLICAS,
                COMMIT_INTERVAL_MS, CLOSE_TIMEOUT_MS, HTTP_PORT, INGEST_HTTP_PORT, ENRICH_HTTP_PORT, ALERTS_HTTP_PORT,
                HTTP_HOST, KAFKA_PORT, REGISTRY_PORT, DATA_DIR);
    }

    /** The per-service port key: {@code <service>.http.port}. */
    public static ConfigKey<Integer> httpPortOf(final String service) {
        return switch (service) {
            case "ingest" -> INGEST_HTTP_PORT;
            case "enrich" -> ENRICH_HTTP_PORT;
            case "alerts" -> ALERTS_HTTP_PORT;
            default -> ConfigKey.integer(service + ".http.port", 0, "HTTP port of the " + service + " service.");
        };
    }
}
