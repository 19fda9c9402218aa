package org.entente.ingest.feed;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.entente.schemas.Topic;
import org.entente.schemas.avro.FetchedPage;

/**
 * Writes pages to news.pages keyed by URL, the record time being the fetch time. Each send waits for the broker's
 * acknowledgement, so a page the feeder marks as sent (RSS state) is on the topic.
 */
public final class KafkaPageSink implements PageSink, AutoCloseable {
    private final KafkaProducer<String, FetchedPage> producer;
    private final Topic<String, FetchedPage> topic;

    public KafkaPageSink(Map<String, ?> clientSettings, Topic<String, FetchedPage> topic) {
        final Map<String, Object> settings = new HashMap<>(clientSettings);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip"); // HTML compresses about 5:1
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        this.topic = topic;
        this.producer = new KafkaProducer<>(settings, new StringSerializer(), topic.valueSerde().serializer());
    }

    @Override
    public void send(FetchedPage page) throws ExecutionException, InterruptedException {
        producer.send(new ProducerRecord<>(topic.name(), null, page.getFetchedAt().toEpochMilli(), page.getUrl(), page)).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
