package org.entente.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
class EmbeddedKafkaIT {

    @Test
    void keepsTopicsAndRecordsAcrossARestartOnTheSameDataDirectory(@TempDir final Path dir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
            try (Admin admin = kafka.admin()) {
                new TopicProvisioner(admin, Duration.ofSeconds(30)).ensure(List.of(new NewTopic("t", 2, (short) 1)));
            }
            try (KafkaProducer<String, String> producer = producer(kafka.bootstrapServers())) {
                producer.send(new ProducerRecord<>("t", "k", "first run")).get();
            }
        }
        assertThat(Files.exists(dir.resolve("kafka").resolve("meta.properties"))).isTrue();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
            try (Admin admin = kafka.admin()) {
                // Already there: ensure must neither fail nor recreate it.
                new TopicProvisioner(admin, Duration.ofSeconds(30)).ensure(List.of(new NewTopic("t", 2, (short) 1)));
                assertThat(admin.listTopics().names().get()).contains("t");
            }
            assertThat(readAll(kafka.bootstrapServers(), "t")).containsExactly("first run");
        }
    }

    private static KafkaProducer<String, String> producer(final String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new StringSerializer());
    }

    static List<String> readAll(final String bootstrap, final String topic) {
        final List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime()),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            final long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (final ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
