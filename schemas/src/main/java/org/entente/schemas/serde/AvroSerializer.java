package org.entente.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.entente.schemas.registry.RegisteredSchema;
import org.entente.schemas.registry.SchemaRegistryClient;
import org.entente.schemas.registry.SchemaRegistryException;
import org.entente.schemas.serde.WireFormatException.Reason;

/**
 * Writes a SpecificRecord in the Confluent wire format: byte 0, the schema id (4 bytes, big-endian), Avro binary.
 * The id comes from the registry under the TopicNameStrategy subject ({@code <topic>-value} / {@code <topic>-key}):
 * with {@code use.latest.version} the subject's latest version (the record is converted to it); else with
 * {@code auto.register.schemas} (default) by registering the record's schema; else by looking it up. A null record
 * is written as null (a tombstone).
 */
public final class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    static final byte MAGIC_BYTE = 0;

    private SchemaRegistryClient registry;
    private AvroSerdeConfig settings = new AvroSerdeConfig(true, false);
    private boolean isKey;
    private final Map<TopicSchema, Target> targets = new ConcurrentHashMap<>();

    private record TopicSchema(String topic, Schema schema) {
    }

    /** How records of one schema are written: the id to stamp and, under use.latest.version, the schema to write. */
    private record Target(int id, Schema writerSchema, DatumWriter<Object> writer, boolean convert) {
    }

    /** For Kafka's reflective construction: the registry comes from {@code schema.registry.url} in configure. */
    public AvroSerializer() {
    }

    public AvroSerializer(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        this.settings = AvroSerdeConfig.from(configs);
        if (registry == null) {
            registry = SchemaRegistryClient.create(configs);
        }
        targets.clear();
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException("AvroSerializer used before configure(): no registry");
        }
        final Schema schema = record.getSchema();
        final Target target;
        try {
            target = targets.computeIfAbsent(new TopicSchema(topic, schema), key -> target(topic, schema));
        } catch (SchemaRegistryException e) {
            throw new WireFormatException(topic, Reason.REGISTRY_ERROR,
                    "cannot get a schema id for " + schema.getFullName() + " under subject "
                            + SchemaRegistryClient.subjectFor(topic, isKey) + ": " + e.getMessage(), e);
        }
        try {
            final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            out.write(MAGIC_BYTE);
            out.write(target.id() >>> 24);
            out.write(target.id() >>> 16);
            out.write(target.id() >>> 8);
            out.write(target.id());
            final BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            target.writer().write(target.convert() ? convert(record, target.writerSchema()) : record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new WireFormatException(topic, Reason.MALFORMED_PAYLOAD,
                    "cannot write " + schema.getFullName() + " as Avro: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private Target target(String topic, Schema schema) {
        final String subject = SchemaRegistryClient.subjectFor(topic, isKey);
        final SpecificData model = SpecificData.getForSchema(schema);
        if (settings.useLatest()) {
            final RegisteredSchema latest = registry.latest(subject);
            if (latest.schema().equals(schema)) {
                return new Target(latest.id(), schema, (DatumWriter<Object>) model.createDatumWriter(schema), false);
            }
            final var compatibility = SchemaCompatibility.checkReaderWriterCompatibility(latest.schema(), schema);
            if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
                throw new SchemaRegistryException(SchemaRegistryException.NO_STATUS, SchemaRegistryException.NO_ERROR_CODE,
                        "latest version " + latest.version() + " of " + subject + " cannot hold records of "
                                + schema.getFullName() + ": " + compatibility.getDescription());
            }
            return new Target(latest.id(), latest.schema(), new GenericDatumWriter<>(latest.schema()), true);
        }
        final int id = settings.autoRegister() ? registry.register(subject, schema) : registry.lookup(subject, schema).id();
        return new Target(id, schema, new SpecificDatumWriter<>(schema, model), false);
    }

    /** The record as the latest schema sees it: written with its own schema, read back with the latest. */
    private static GenericRecord convert(SpecificRecord record, Schema latest) throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new SpecificDatumWriter<SpecificRecord>(record.getSchema(), SpecificData.getForSchema(record.getSchema()))
                .write(record, encoder);
        encoder.flush();
        return new GenericDatumReader<GenericRecord>(record.getSchema(), latest, GenericData.get())
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    }
}
