package org.entente.ingest.streams;

import io.micrometer.core.instrument.Metrics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.entente.runtime.errors.DeadLetters;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.FetchedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a rejected page into its dead letter for ingest.dlq: the page as it arrived (Avro, Confluent wire
 * format) with headers saying why — {@code entente.error.stage=parse}, {@code entente.error.reason} (NOT_HTML,
 * EMPTY, TOO_LARGE, UNDECODABLE, NO_ARTICLE_TEXT, TOO_COMPLEX, PARSER_FAILURE), {@code __streams.errors.message}
 * (the detail) and {@code entente.page.url}. A body too big for a Kafka record is cut to its first 64 KiB and
 * {@code entente.page.truncated} gives its real size.
 */
final class DeadLetterProcessor implements FixedKeyProcessor<String, ParseOutcome, byte[]> {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessor.class);
    static final String HEADER_URL = "entente.page.url";
    static final String HEADER_TRUNCATED = "entente.page.truncated";
    private static final int MAX_KEPT_BODY = 64 * 1024;
    private static final int MAX_RECORD_BODY = 512 * 1024;

    private final Serializer<FetchedPage> serializer;
    private FixedKeyProcessorContext<String, byte[]> context;

    DeadLetterProcessor(Serializer<FetchedPage> serializer) {
        this.serializer = serializer;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, ParseOutcome> record) {
        final ParseOutcome o = record.value();
        final Headers headers = new RecordHeaders(record.headers().toArray());
        FetchedPage page = o.page();
        if (page != null && page.getBody().remaining() > MAX_RECORD_BODY) {
            headers.add(HEADER_TRUNCATED, bytes(String.valueOf(page.getBody().remaining())));
            final ByteBuffer head = page.getBody().duplicate();
            head.limit(head.position() + MAX_KEPT_BODY);
            page = FetchedPage.newBuilder(page).setBody(head.slice()).build();
        }
        headers.add(DeadLetters.HEADER_STAGE, bytes("parse"));
        headers.add(DeadLetters.HEADER_REASON, bytes(o.reason()));
        headers.add(DeadLetters.HEADER_MESSAGE, bytes(o.detail()));
        headers.add(DeadLetters.HEADER_TOPIC, bytes(Topics.PAGES));
        if (page != null) {
            headers.add(HEADER_URL, bytes(page.getUrl()));
        }
        LOG.info("dead letter: {} {} ({})", o.reason(), page == null ? record.key() : page.getUrl(), o.detail());
        Metrics.counter(DeadLetters.METRIC, "service", "ingest", "stage", "parse", "reason", o.reason()).increment();
        final byte[] value = page == null ? null : serializer.serialize(Topics.PAGES, page);
        context.forward(record.withValue(value).withHeaders(headers));
    }

    private static byte[] bytes(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }
}
