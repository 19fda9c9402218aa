package org.entente.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.registry.MockSchemaRegistry;
import org.entente.schemas.serde.AvroSerdeConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TopicsTest {

    private static final String SCOPE = "topics-test";
    private final Topics topics = Topics.create(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE));

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void declaresTheFiveDataTopicsOfTheDesignThenTheThreeDeadLetterTopics() {
        assertThat(topics.all()).extracting(Topic::name).containsExactly(
                "news.pages", "news.articles", "news.enriched", "alerts.events", "alerts.current",
                "ingest.dlq", "enrich.dlq", "alerts.dlq");
    }

    @Test
    void onlyAlertsCurrentIsCompacted() {
        assertThat(topics.all()).filteredOn(Topic::compacted).extracting(Topic::name).containsExactly(Topics.ALERTS_CURRENT);
        assertThat(topics.alertsCurrent().newTopic((short) 1).configs()).containsEntry("cleanup.policy", "compact");
        assertThat(topics.alertEvents().topicConfig()).containsEntry("cleanup.policy", "delete");
    }

    @Test
    void keepsEveryDeleteTopicForItsRetentionAndTheCompactedOneForever() {
        assertThat(topics.pages().topicConfig()).containsEntry("retention.ms", "604800000");
        assertThat(topics.enriched().topicConfig()).containsEntry("retention.ms", "2592000000");
        assertThat(Topics.deadLetterTopic("alerts").topicConfig()).containsEntry("retention.ms", "2592000000");
        assertThat(topics.alertsCurrent().topicConfig()).doesNotContainKey("retention.ms");
    }

    @Test
    void listsTheValueSchemaOfEveryAvroTopic() {
        assertThat(Topics.valueSchemas().keySet()).containsExactlyElementsOf(
                topics.all().stream().filter(t -> !t.name().endsWith(".dlq")).map(Topic::name).toList());
        assertThat(Topics.valueSchemas().get(Topics.ALERTS_CURRENT)).isEqualTo(Alert.getClassSchema());
    }

    @Test
    void namesDeadLetterTopicsAfterTheService() {
        assertThat(Topics.dlq("enrich")).isEqualTo("enrich.dlq");
        assertThat(Topics.deadLetterTopic("ingest").valueSerde().getClass()).isEqualTo(Serdes.ByteArray().getClass());
        assertThatThrownBy(() -> Topics.dlq(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysAreStringsAndValuesRoundTripThroughTheSharedRegistry() {
        final Topic<String, Alert> topic = topics.alertsCurrent();
        final byte[] key = topic.keySerde().serializer().serialize(topic.name(), "CEASEFIRE_START|syria|2016-09-12");
        assertThat(new String(key, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("CEASEFIRE_START|syria|2016-09-12");
        final byte[] value = topic.valueSerde().serializer().serialize(topic.name(), SampleRecords.alert());
        assertThat(topic.valueSerde().deserializer().deserialize(topic.name(), value)).isEqualTo(SampleRecords.alert());
        assertThat(topics.registry().subjects()).containsExactly("alerts.current-value");
    }

    @Test
    void aTombstoneStaysNullBothWays() {
        final Topic<String, Alert> topic = topics.alertsCurrent();
        assertThat(topic.valueSerde().serializer().serialize(topic.name(), null)).isNull();
        assertThat(topic.valueSerde().deserializer().deserialize(topic.name(), null)).isNull();
    }

    @Test
    void refusesToStartWithoutARegistryUrl() {
        assertThatThrownBy(() -> Topics.create(Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schema.registry.url");
    }
}
