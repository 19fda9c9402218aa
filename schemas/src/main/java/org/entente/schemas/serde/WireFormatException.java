package org.entente.schemas.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record that cannot be written or read in the Confluent wire format. The message names the topic; the
 * {@link Reason} lets a dead-letter handler put a stable code in its headers.
 */
public final class WireFormatException extends SerializationException {

    /** What went wrong. */
    public enum Reason {
        /** First byte is not 0: not written by a Confluent-format serializer. */
        UNKNOWN_MAGIC_BYTE,
        /** Shorter than the 5-byte header, or the Avro body ends early. */
        TRUNCATED,
        /** The schema id is not known to the registry. */
        UNKNOWN_SCHEMA_ID,
        /** The writer's schema cannot be read into the reader's type. */
        INCOMPATIBLE_SCHEMA,
        /** The Avro body does not decode with the writer's schema. */
        MALFORMED_PAYLOAD,
        /** Registering or fetching a schema failed (registry down, schema rejected, not registered). */
        REGISTRY_ERROR
    }

    private final String topic;
    private final Reason reason;

    public WireFormatException(String topic, Reason reason, String message, Throwable cause) {
        super("topic " + topic + ": " + message, cause);
        this.topic = topic;
        this.reason = reason;
    }

    public String topic() {
        return topic;
    }

    public Reason reason() {
        return reason;
    }
}
