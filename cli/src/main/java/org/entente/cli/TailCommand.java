package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.entente.runtime.EntenteConfig;
import org.entente.runtime.ShutdownSignal;
import org.entente.schemas.registry.SchemaRegistryClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente tail TOPIC}: prints a topic's records one per line, Avro values decoded with the writer's
 * schema fetched from the registry by the id in the wire format. Values that are not in the wire format
 * (dead letters, for instance) print as their size, with the dead-letter reason when there is one.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print a topic's records, Avro decoded through the Schema Registry, one per line.")
public final class TailCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "TOPIC", description = "Topic to read, e.g. news.articles or alerts.current.")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the earliest record instead of new records only.")
    boolean fromBeginning;

    @Option(names = "--json", description = "One JSON object per record: topic, partition, offset, timestamp, key, value, headers.")
    boolean json;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--max-records", paramLabel = "N", description = "Stop after N records (default: run until Ctrl-C).")
    long maxRecords = Long.MAX_VALUE;

    @Option(names = "--idle-exit", paramLabel = "SECONDS", description = "Stop when no record arrived for this long.")
    Long idleExitSeconds;

    @Override
    public Integer call() throws Exception {
        final ShutdownSignal signal = ShutdownSignal.install();
        final EntenteConfig config = cluster.load();
        final RecordPrinter printer = new RecordPrinter(SchemaRegistryClient.create(config.serdeConfig()), json);
        final Map<String, Object> settings = new HashMap<>(config.kafkaClientSettings());
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                System.err.println("entente tail: no such topic: " + topic);
                return 2;
            }
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            long printed = 0;
            long lastRecord = System.nanoTime();
            while (printed < maxRecords && !signal.triggered()) {
                for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    System.out.println(printer.line(record));
                    lastRecord = System.nanoTime();
                    if (++printed >= maxRecords) {
                        break;
                    }
                }
                System.out.flush();
                if (idleExitSeconds != null && System.nanoTime() - lastRecord > Duration.ofSeconds(idleExitSeconds).toNanos()) {
                    break;
                }
            }
        }
        return 0;
    }

    /** Formats one record; decodes wire-format Avro values with the writer's schema. */
    static final class RecordPrinter {
        private final SchemaRegistryClient registry;
        private final boolean json;
        private final Map<Integer, Schema> schemas = new HashMap<>();

        RecordPrinter(final SchemaRegistryClient registry, final boolean json) {
            this.registry = registry;
            this.json = json;
        }

        String line(final ConsumerRecord<byte[], byte[]> record) throws Exception {
            final String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
            final String value = decode(record);
            if (!json) {
                return record.topic() + "-" + record.partition() + "@" + record.offset() + " " + key + " " + value;
            }
            final ObjectNode node = JSON.createObjectNode();
            node.put("topic", record.topic());
            node.put("partition", record.partition());
            node.put("offset", record.offset());
            node.put("timestamp", record.timestamp());
            node.put("key", key);
            node.set("value", value == null ? null : JSON.readTree(value));
            final ObjectNode headers = node.putObject("headers");
            for (final Header header : record.headers()) {
                if (!header.key().endsWith(".stacktrace")) {
                    headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
                }
            }
            return JSON.writeValueAsString(node);
        }

        /** The value as JSON text: the Avro record, or a description of bytes that are not wire-format Avro. */
        private String decode(final ConsumerRecord<byte[], byte[]> record) throws Exception {
            final byte[] bytes = record.value();
            if (bytes == null) {
                return null;
            }
            if (bytes.length < 5 || bytes[0] != 0) {
                final ObjectNode raw = JSON.createObjectNode();
                raw.put("bytes", bytes.length);
                final Header reason = record.headers().lastHeader("entente.error.reason");
                if (reason != null) {
                    raw.put("reason", new String(reason.value(), StandardCharsets.UTF_8));
                }
                return JSON.writeValueAsString(raw);
            }
            final int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
            final Schema schema = schemas.computeIfAbsent(id, registry::schemaById);
            final Object datum = new GenericDatumReader<>(schema, schema, GenericData.get())
                    .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
            return GenericData.get().toString(datum);
        }
    }
}
