package org.entente.schemas.serde;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.entente.schemas.registry.SchemaRegistryClient;

/**
 * Serde for one SpecificRecord class in the Confluent wire format ({@link AvroSerializer}, {@link AvroDeserializer}).
 * Configure it once with {@link AvroSerdeConfig} keys and {@code isKey}; {@link org.entente.schemas.Topics} does.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final AvroSerializer<T> serializer;
    private final AvroDeserializer<T> deserializer;

    /** Serde whose registry comes from {@code schema.registry.url} when configured. */
    public AvroSerde(Class<T> type) {
        this(type, null);
    }

    /** Serde using this registry client (shared, so ids are fetched once per process). */
    public AvroSerde(Class<T> type, SchemaRegistryClient registry) {
        this.serializer = new AvroSerializer<>(registry);
        this.deserializer = new AvroDeserializer<>(type, registry);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
