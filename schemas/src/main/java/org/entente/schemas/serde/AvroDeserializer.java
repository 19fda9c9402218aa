package org.entente.schemas.serde;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.entente.schemas.registry.SchemaRegistryClient;
import org.entente.schemas.registry.SchemaRegistryException;
import org.entente.schemas.serde.WireFormatException.Reason;

/**
 * Reads the Confluent wire format into a SpecificRecord class: byte 0, 4-byte big-endian schema id, Avro binary
 * decoded with the writer's schema (fetched by id, cached) resolved against the class's own schema, so records
 * written with an older or newer compatible schema read fine. Anything else is a {@link WireFormatException}
 * naming the topic and the reason; null bytes read as null (a tombstone).
 */
public final class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private static final int HEADER = 5;

    private final Class<T> type;
    private final Schema readerSchema;
    private final SpecificData model;
    private SchemaRegistryClient registry;
    private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();

    public AvroDeserializer(Class<T> type) {
        this(type, null);
    }

    public AvroDeserializer(Class<T> type, SchemaRegistryClient registry) {
        AvroClassTrust.install();
        this.type = Objects.requireNonNull(type, "type");
        this.model = SpecificData.getForClass(type);
        this.readerSchema = model.getSchema(type);
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (registry == null) {
            registry = SchemaRegistryClient.create(configs);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length > 0 && data[0] != AvroSerializer.MAGIC_BYTE) {
            throw new WireFormatException(topic, Reason.UNKNOWN_MAGIC_BYTE, String.format(
                    "record starts with byte 0x%02x, not the wire-format magic byte 0x00 (not written by a Schema Registry serializer?)",
                    data[0] & 0xff), null);
        }
        if (data.length < HEADER) {
            throw new WireFormatException(topic, Reason.TRUNCATED, "record has " + data.length
                    + " bytes, fewer than the 5-byte wire-format header: " + HexFormat.of().formatHex(data), null);
        }
        final int id = ByteBuffer.wrap(data, 1, 4).getInt();
        final DatumReader<T> reader = reader(topic, id);
        final BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, HEADER, data.length - HEADER, null);
        final T value;
        try {
            value = reader.read(null, decoder);
        } catch (EOFException e) {
            throw new WireFormatException(topic, Reason.TRUNCATED,
                    "Avro body ends early for schema id " + id + " (" + data.length + " bytes)", e);
        } catch (IOException | RuntimeException e) {
            throw new WireFormatException(topic, Reason.MALFORMED_PAYLOAD,
                    "Avro body does not decode with schema id " + id + ": " + e, e);
        }
        try {
            if (!decoder.isEnd()) {
                throw new WireFormatException(topic, Reason.MALFORMED_PAYLOAD,
                        "bytes left over after decoding with schema id " + id + ": wrong id or corrupt record", null);
            }
        } catch (IOException e) {
            throw new WireFormatException(topic, Reason.MALFORMED_PAYLOAD, "cannot check end of record: " + e, e);
        }
        return value;
    }

    private DatumReader<T> reader(String topic, int id) {
        final DatumReader<T> cached = readers.get(id);
        if (cached != null) {
            return cached;
        }
        if (registry == null) {
            throw new IllegalStateException("AvroDeserializer used before configure(): no registry");
        }
        final Schema writer;
        try {
            writer = registry.schemaById(id);
        } catch (SchemaRegistryException.SchemaNotFound e) {
            throw new WireFormatException(topic, Reason.UNKNOWN_SCHEMA_ID,
                    "schema id " + id + " is unknown to the registry: " + e.getMessage(), e);
        } catch (SchemaRegistryException e) {
            throw new WireFormatException(topic, Reason.REGISTRY_ERROR,
                    "cannot fetch schema id " + id + ": " + e.getMessage(), e);
        }
        final var compatibility = SchemaCompatibility.checkReaderWriterCompatibility(readerSchema, writer);
        if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw new WireFormatException(topic, Reason.INCOMPATIBLE_SCHEMA, "schema id " + id + " (" + writer.getFullName()
                    + ") cannot be read as " + type.getName() + ": " + compatibility.getDescription(), null);
        }
        final DatumReader<T> reader = new SpecificDatumReader<>(writer, readerSchema, model);
        readers.put(id, reader);
        return reader;
    }
}
