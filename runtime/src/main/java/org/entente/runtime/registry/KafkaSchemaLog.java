package org.entente.runtime.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.entente.schemas.registry.Compatibility;
import org.entente.schemas.registry.SchemaLog;
import org.entente.schemas.registry.SchemaLogEntry;
import org.entente.schemas.registry.SchemaLogEntry.CompatibilityLevel;
import org.entente.schemas.registry.SchemaLogEntry.SchemaVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's entries in the compacted single-partition {@code _schemas} topic, with Confluent's JSON key and
 * value layout: {@code {"keytype":"SCHEMA","subject":s,"version":v,"magic":1}} →
 * {@code {"subject","version","id","schema","deleted"}}, and {@code {"keytype":"CONFIG","subject":s|null,"magic":0}}
 * → {@code {"compatibilityLevel":…}}. A key's latest value is the fact in force, so compaction never loses state.
 * Each append waits for the broker's acknowledgement. One registry writes a given topic at a time.
 */
public final class KafkaSchemaLog implements SchemaLog {

    public static final String TOPIC = "_schemas";
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSchemaLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final Map<String, Object> clientConfig;
    private final TopicPartition partition = new TopicPartition(TOPIC, 0);
    private final KafkaProducer<String, String> producer;

    /**
     * Creates {@code _schemas} if missing (compacted, one partition, replication up to 3 as brokers allow) and waits
     * until it can be written. {@code clientConfig} passes security settings to the Kafka clients.
     */
    public KafkaSchemaLog(String bootstrapServers, Map<String, ?> clientConfig) {
        this.bootstrapServers = bootstrapServers;
        this.clientConfig = new HashMap<>(clientConfig);
        this.clientConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        ensureTopic();
        final Map<String, Object> producerConfig = new HashMap<>(this.clientConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis());
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "entente-schema-registry");
        producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
    }

    public KafkaSchemaLog(String bootstrapServers) {
        this(bootstrapServers, Map.of());
    }

    @Override
    public List<SchemaLogEntry> readAll() {
        final Map<String, Object> consumerConfig = new HashMap<>(clientConfig);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, "entente-schema-registry-reader");
        final List<SchemaLogEntry> entries = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            final long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
            final long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (consumer.position(partition, TIMEOUT) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out reading " + TOPIC + " up to offset " + end);
                }
                for (final ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    final SchemaLogEntry entry = decode(record.key(), record.value());
                    if (entry != null) {
                        entries.add(entry);
                    }
                }
            }
        }
        LOG.info("Read {} entries from {} at {}", entries.size(), TOPIC, bootstrapServers);
        return entries;
    }

    @Override
    public void append(SchemaLogEntry entry) {
        try {
            producer.send(new ProducerRecord<>(TOPIC, 0, key(entry), value(entry))).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to " + TOPIC, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write to " + TOPIC + " at " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    static String key(SchemaLogEntry entry) {
        final ObjectNode key = JSON.createObjectNode();
        if (entry instanceof SchemaVersion v) {
            key.put("keytype", "SCHEMA").put("subject", v.subject()).put("version", v.version()).put("magic", 1);
        } else if (entry instanceof CompatibilityLevel c) {
            key.put("keytype", "CONFIG").put("subject", c.subject()).put("magic", 0);
        }
        return key.toString();
    }

    static String value(SchemaLogEntry entry) {
        final ObjectNode value = JSON.createObjectNode();
        if (entry instanceof SchemaVersion v) {
            value.put("subject", v.subject()).put("version", v.version()).put("id", v.id())
                    .put("schema", v.schema()).put("deleted", v.deleted());
        } else if (entry instanceof CompatibilityLevel c) {
            value.put("compatibilityLevel", c.level().name());
        }
        return value.toString();
    }

    /** The entry a record holds, or null for keys this registry does not use (NOOP, MODE, tombstones). */
    static SchemaLogEntry decode(String key, String value) {
        if (key == null || value == null) {
            return null;
        }
        try {
            final JsonNode k = JSON.readTree(key);
            final JsonNode v = JSON.readTree(value);
            return switch (k.path("keytype").asText()) {
                case "SCHEMA" -> new SchemaVersion(v.path("subject").asText(), v.path("version").asInt(), v.path("id").asInt(),
                        v.path("schema").asText(), v.path("deleted").asBoolean(false));
                case "CONFIG" -> new CompatibilityLevel(k.path("subject").isTextual() ? k.path("subject").asText() : null,
                        Compatibility.parse(v.path("compatibilityLevel").asText()));
                default -> null;
            };
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable record in " + TOPIC + ": " + key, e);
        }
    }

    private void ensureTopic() {
        try (Admin admin = Admin.create(clientConfig)) {
            final int brokers = admin.describeCluster().nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
            final NewTopic topic = new NewTopic(TOPIC, 1, (short) Math.min(3, Math.max(1, brokers)))
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            try {
                admin.createTopics(List.of(topic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                LOG.info("Created {}", TOPIC);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            // A producer that starts before the partition is served can stall and lose records (design.md): wait for it.
            final long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (true) {
                try {
                    admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all().get(5, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(TOPIC + " is not served by " + bootstrapServers, e);
                    }
                    Thread.sleep(100);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + TOPIC, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create " + TOPIC + " at " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }
}
