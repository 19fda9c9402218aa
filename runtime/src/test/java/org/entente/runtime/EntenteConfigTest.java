package org.entente.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntenteConfigTest {

    @Test
    void environmentOverridesFileWhichOverridesDefault() {
        final EntenteConfig defaults = EntenteConfig.of(Map.of(), Map.of());
        assertThat(defaults.get(ConfigKeys.NUM_STREAM_THREADS)).isEqualTo(1);

        final EntenteConfig fromFile = EntenteConfig.of(Map.of("num.stream.threads", "2"), Map.of());
        assertThat(fromFile.get(ConfigKeys.NUM_STREAM_THREADS)).isEqualTo(2);

        final EntenteConfig fromEnv = EntenteConfig.of(Map.of("num.stream.threads", "2"),
                Map.of("ENTENTE_NUM_STREAM_THREADS", "4"));
        assertThat(fromEnv.get(ConfigKeys.NUM_STREAM_THREADS)).isEqualTo(4);
    }

    @Test
    void readsBootstrapServersAndRegistryFromTheirConventionalVariables() {
        final EntenteConfig config = EntenteConfig.of(Map.of(), Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "kafka:29092", "SCHEMA_REGISTRY_URL", "http://schema-registry:8081"));
        assertThat(config.get(ConfigKeys.BOOTSTRAP_SERVERS)).isEqualTo("kafka:29092");
        assertThat(config.serdeConfig()).containsEntry("schema.registry.url", "http://schema-registry:8081");
    }

    @Test
    void passesKafkaSecuritySettingsThroughToClients(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("entente.properties");
        final Properties props = new Properties();
        props.setProperty("kafka.security.protocol", "SASL_SSL");
        props.setProperty("sasl.mechanism", "SCRAM-SHA-512");
        props.setProperty("http.port", "9000");
        try (var out = Files.newBufferedWriter(file)) {
            props.store(out, null);
        }
        final EntenteConfig config = EntenteConfig.load(file,
                        Map.of("KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required;"))
                .with("ssl.truststore.location", "/etc/kafka/truststore.jks");
        assertThat(config.kafkaClientSettings())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.jks")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                .doesNotContainKey("http.port");
        final Properties streams = ServiceRunner.streamsProperties("enrich", config);
        assertThat(streams).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    }

    @Test
    void streamsRunExactlyOnceWithTheServicesDeadLetterTopic() {
        final Properties streams = ServiceRunner.streamsProperties("enrich",
                EntenteConfig.of(Map.of("replication.factor", "3"), Map.of("ENTENTE_STATE_DIR", "/var/lib/entente")));
        assertThat(streams)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "entente-enrich")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "enrich.dlq")
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3)
                .containsEntry(StreamsConfig.STATE_DIR_CONFIG, "/var/lib/entente");
    }

    @Test
    void aServiceRunAloneTakesHttpPortElseItsOwnDefault() {
        final EntenteConfig defaults = EntenteConfig.of(Map.of(), Map.of());
        assertThat(ServiceRunner.httpPort("alerts", defaults)).isEqualTo(8080);
        assertThat(ServiceRunner.httpPort("ingest", defaults)).isEqualTo(8082);
        assertThat(ServiceRunner.httpPort("enrich", defaults)).isEqualTo(8083);
        assertThat(ServiceRunner.httpPort("enrich", EntenteConfig.of(Map.of(), Map.of("ENTENTE_HTTP_PORT", "9100"))))
                .isEqualTo(9100);
    }

    @Test
    void namesTheKeyAndVariableOfAnInvalidValue() {
        final EntenteConfig config = EntenteConfig.of(Map.of(), Map.of("ENTENTE_HTTP_PORT", "eighty"));
        assertThatThrownBy(() -> config.get(ConfigKeys.HTTP_PORT))
                .hasMessageContaining("http.port").hasMessageContaining("ENTENTE_HTTP_PORT").hasMessageContaining("eighty");
    }

    @Test
    void derivesEnvironmentVariableNamesFromKeys() {
        assertThat(ConfigKeys.INGEST_HTTP_PORT.env()).isEqualTo("ENTENTE_INGEST_HTTP_PORT");
        assertThat(ConfigKeys.REPLICATION_FACTOR.env()).isEqualTo("ENTENTE_REPLICATION_FACTOR");
        assertThat(ConfigKeys.all()).extracting(ConfigKey::name).doesNotHaveDuplicates();
    }
}
