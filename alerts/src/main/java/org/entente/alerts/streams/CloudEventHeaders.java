package org.entente.alerts.streams;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.entente.schemas.avro.Alert;

/**
 * CloudEvents 1.0 attributes of an alert change, in Kafka binary content mode: each attribute is a {@code ce_}
 * header, the record value is the event data (an Avro {@code Alert} in the Confluent wire format).
 * {@code ce_id} is {@code <alertId>:<version>}: the same change always has the same id, so a consumer can drop
 * duplicates by it.
 */
public final class CloudEventHeaders {
    public static final String SOURCE = "/entente/alerts";
    public static final String TYPE_PREFIX = "org.entente.alert.";
    public static final String CONTENT_TYPE = "application/avro";

    private CloudEventHeaders() {
    }

    public static String eventId(final Alert alert) {
        return alert.getId() + ":" + alert.getVersion();
    }

    public static String eventType(final Alert alert) {
        return TYPE_PREFIX + alert.getType().toLowerCase(Locale.ROOT);
    }

    public static Headers of(final Alert alert, final long timestampMillis) {
        final RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_id", eventId(alert));
        add(headers, "ce_source", SOURCE);
        add(headers, "ce_type", eventType(alert));
        add(headers, "ce_subject", alert.getId());
        add(headers, "ce_time", Instant.ofEpochMilli(timestampMillis).toString());
        add(headers, "content-type", CONTENT_TYPE);
        // Extension attributes (lower-case letters only, per the spec) so consumers can filter without decoding.
        add(headers, "ce_alertstatus", alert.getStatus());
        add(headers, "ce_alertconfidence", alert.getConfidence());
        return headers;
    }

    private static void add(final Headers headers, final String key, final String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
