package org.entente.runtime.errors;

import io.micrometer.core.instrument.Metrics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the dead-letter record of a failed input record: the original key and value bytes, the original
 * headers, then the reason. Header names are Kafka Streams' own ({@code __streams.errors.*}, KIP-1034) so
 * standard tooling reads them, plus {@code entente.error.stage} (deserialization or processing) and
 * {@code entente.error.reason} (one line: exception class and message).
 *
 * <p>Every dead letter is logged on one line and counted as {@code entente.dead.letters{service,stage,reason}}.
 */
public final class DeadLetters {

    public static final String HEADER_EXCEPTION = "__streams.errors.exception";
    public static final String HEADER_MESSAGE = "__streams.errors.message";
    public static final String HEADER_STACKTRACE = "__streams.errors.stacktrace";
    public static final String HEADER_TOPIC = "__streams.errors.topic";
    public static final String HEADER_PARTITION = "__streams.errors.partition";
    public static final String HEADER_OFFSET = "__streams.errors.offset";
    public static final String HEADER_STAGE = "entente.error.stage";
    public static final String HEADER_REASON = "entente.error.reason";
    public static final String METRIC = "entente.dead.letters";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    private static final int MAX_STACK_CHARS = 8_000;

    private final String topic;
    private final String service;

    private DeadLetters(final String topic) {
        this.topic = topic;
        this.service = topic.endsWith(".dlq") ? topic.substring(0, topic.length() - 4) : topic;
    }

    /** From a handler's {@code configure} map: the DLQ is {@code errors.dead.letter.queue.topic.name}. */
    static DeadLetters from(final Map<String, ?> configs) {
        final Object name = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (name == null || name.toString().isBlank()) {
            throw new IllegalStateException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
                    + " must be set: bad records may not be silently dropped");
        }
        return new DeadLetters(name.toString());
    }

    List<ProducerRecord<byte[], byte[]>> record(final String stage, final ErrorHandlerContext context,
                                                final byte[] key, final byte[] value, final Headers original,
                                                final Exception error) {
        final String reason = reason(error);
        LOG.warn("Dead letter to {}: {} failed for {}-{}@{}: {}", topic, stage, context.topic(), context.partition(),
                context.offset(), reason);
        Metrics.counter(METRIC, "service", service, "stage", stage, "reason", error.getClass().getSimpleName())
                .increment();
        final Headers headers = new RecordHeaders(original == null ? new RecordHeaders().toArray() : original.toArray());
        headers.add(HEADER_EXCEPTION, bytes(error.getClass().getName()));
        headers.add(HEADER_MESSAGE, bytes(String.valueOf(error.getMessage())));
        headers.add(HEADER_STACKTRACE, bytes(stackTrace(error)));
        headers.add(HEADER_TOPIC, bytes(context.topic()));
        headers.add(HEADER_PARTITION, bytes(String.valueOf(context.partition())));
        headers.add(HEADER_OFFSET, bytes(String.valueOf(context.offset())));
        headers.add(HEADER_STAGE, bytes(stage));
        headers.add(HEADER_REASON, bytes(reason));
        return List.of(new ProducerRecord<>(topic, null, key, value, headers));
    }

    /** One line: the exception, then the causes' messages. */
    static String reason(final Throwable error) {
        final StringBuilder line = new StringBuilder(error.getClass().getSimpleName()).append(": ").append(error.getMessage());
        Throwable cause = error.getCause();
        for (int depth = 0; cause != null && cause != error && depth < 4; depth++, cause = cause.getCause()) {
            line.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return line.toString().replace('\n', ' ');
    }

    private static String stackTrace(final Throwable error) {
        final StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        final String text = out.toString();
        return text.length() <= MAX_STACK_CHARS ? text : text.substring(0, MAX_STACK_CHARS);
    }

    private static byte[] bytes(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
