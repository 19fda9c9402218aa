package org.entente.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;
import org.apache.avro.specific.SpecificRecord;
import org.entente.schemas.SampleRecords;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.EnrichedArticle;
import org.entente.schemas.avro.FetchedPage;
import org.entente.schemas.registry.MockSchemaRegistry;
import org.entente.schemas.registry.SchemaCatalog;
import org.entente.schemas.serde.WireFormatException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AvroSerdeTest {

    private static final String SCOPE = "avro-serde-test";
    private static final String TOPIC = "news.articles";
    private final SchemaCatalog registry = MockSchemaRegistry.forScope(SCOPE);

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    static Stream<Arguments> everyRecordType() {
        return Stream.of(
                Arguments.of(FetchedPage.class, SampleRecords.page()),
                Arguments.of(Article.class, SampleRecords.article()),
                Arguments.of(EnrichedArticle.class, SampleRecords.enriched()),
                Arguments.of(Alert.class, SampleRecords.alert()));
    }

    @ParameterizedTest
    @MethodSource("everyRecordType")
    <T extends SpecificRecord> void roundTripsEveryRecordTypeThroughTheMockRegistry(Class<T> type, T record) {
        final AvroSerde<T> serde = serde(type, Map.of());
        final byte[] bytes = serde.serializer().serialize("some.topic", record);
        assertThat(serde.deserializer().deserialize("some.topic", bytes)).isEqualTo(record);
    }

    @Test
    void writesMagicByteZeroThenTheRegisteredIdBigEndianThenAvro() {
        final byte[] bytes = serde(Article.class, Map.of()).serializer().serialize(TOPIC, SampleRecords.article());
        final int id = registry.lookup("news.articles-value", Article.getClassSchema()).id();
        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
        assertThat(bytes.length).isGreaterThan(5);
    }

    @Test
    void registersUnderTheValueSubjectOrTheKeySubject() {
        serde(Article.class, Map.of()).serializer().serialize(TOPIC, SampleRecords.article());
        final AvroSerde<Article> keySerde = new AvroSerde<>(Article.class, registry);
        keySerde.configure(config(Map.of()), true);
        keySerde.serializer().serialize(TOPIC, SampleRecords.article());
        assertThat(registry.subjects()).containsExactly("news.articles-key", "news.articles-value");
    }

    @Test
    void rejectsABadLeadingByteNamingTheTopic() {
        final byte[] json = "{\"id\":\"a1\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> serde(Article.class, Map.of()).deserializer().deserialize(TOPIC, json))
                .isInstanceOfSatisfying(WireFormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_MAGIC_BYTE);
                    assertThat(e.topic()).isEqualTo(TOPIC);
                })
                .hasMessageContaining("topic news.articles").hasMessageContaining("0x7b");
    }

    @Test
    void rejectsAnIdTheRegistryDoesNotKnow() {
        final byte[] bytes = serde(Article.class, Map.of()).serializer().serialize(TOPIC, SampleRecords.article());
        ByteBuffer.wrap(bytes).putInt(1, 999);
        assertThatThrownBy(() -> serde(Article.class, Map.of()).deserializer().deserialize(TOPIC, bytes))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_SCHEMA_ID))
                .hasMessageContaining("topic news.articles").hasMessageContaining("999");
    }

    @Test
    void rejectsARecordShorterThanTheHeader() {
        assertThatThrownBy(() -> serde(Article.class, Map.of()).deserializer().deserialize(TOPIC, new byte[] {0, 0, 1}))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TRUNCATED))
                .hasMessageContaining("topic news.articles");
        assertThatThrownBy(() -> serde(Article.class, Map.of()).deserializer().deserialize(TOPIC, new byte[0]))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TRUNCATED));
    }

    @Test
    void rejectsABodyCutShort() {
        final byte[] bytes = serde(Article.class, Map.of()).serializer().serialize(TOPIC, SampleRecords.article());
        final byte[] cut = Arrays.copyOf(bytes, bytes.length - 20);
        assertThatThrownBy(() -> serde(Article.class, Map.of()).deserializer().deserialize(TOPIC, cut))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("topic news.articles");
    }

    @Test
    void rejectsARecordWrittenWithAnUnrelatedSchema() {
        final byte[] alert = serde(Alert.class, Map.of()).serializer().serialize("alerts.events", SampleRecords.alert());
        assertThatThrownBy(() -> serde(Article.class, Map.of()).deserializer().deserialize(TOPIC, alert))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INCOMPATIBLE_SCHEMA));
    }

    @Test
    void readsARecordWrittenWithAnOlderSchemaFillingNewFieldsWithDefaults() throws IOException {
        final Schema older = withoutField(Article.getClassSchema(), "otherSources");
        final int id = registry.register("news.articles-value", older);
        final GenericRecord record = new GenericData.Record(older);
        record.put("id", "a9");
        record.put("url", "https://example.org/x");
        record.put("source", "Example");
        record.put("title", "Talks");
        record.put("published", 1_473_543_000_000L);
        record.put("publishedZone", "UTC");
        record.put("publishedSource", "META");
        record.put("paragraphs", List.of("One."));
        record.put("contentHash", "");
        record.put("fetchedAt", 0L);

        final Article read = serde(Article.class, Map.of()).deserializer().deserialize(TOPIC, wireFormat(id, older, record));

        assertThat(read.getId()).isEqualTo("a9");
        assertThat(read.getParagraphs()).containsExactly("One.");
        assertThat(read.getOtherSources()).isEmpty();
    }

    @Test
    void withAutoRegisterOffWritesOnlySchemasRegisteredBeforehand() {
        final AvroSerde<Article> serde = serde(Article.class, Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false"));
        assertThatThrownBy(() -> serde.serializer().serialize(TOPIC, SampleRecords.article()))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REGISTRY_ERROR))
                .hasMessageContaining("news.articles-value");
        assertThat(registry.subjects()).isEmpty();

        final int id = registry.register("news.articles-value", Article.getClassSchema());
        final AvroSerde<Article> deployed = serde(Article.class, Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false));
        assertThat(ByteBuffer.wrap(deployed.serializer().serialize(TOPIC, SampleRecords.article()), 1, 4).getInt()).isEqualTo(id);
    }

    @Test
    void withUseLatestVersionWritesWithTheLatestSchemaAndItsId() {
        registry.register("news.articles-value", Article.getClassSchema());
        final Schema newer = withExtraField(Article.getClassSchema());
        final int newerId = registry.register("news.articles-value", newer);
        final AvroSerde<Article> serde = serde(Article.class, Map.of(AvroSerdeConfig.USE_LATEST_VERSION, true));

        final byte[] bytes = serde.serializer().serialize(TOPIC, SampleRecords.article());

        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(newerId);
        assertThat(serde.deserializer().deserialize(TOPIC, bytes)).isEqualTo(SampleRecords.article());
    }

    @Test
    void trustsTheGeneratedClassesWhenAvroTrustsOnlyItsDefaultPackages() throws IOException {
        final ClassSecurityPredicate before = ClassSecurityValidator.getGlobal();
        final byte[] bytes = serde(EnrichedArticle.class, Map.of()).serializer().serialize(TOPIC, SampleRecords.enriched());
        try {
            ClassSecurityValidator.setGlobal(ClassSecurityValidator.DEFAULT_TRUSTED_CLASSES);
            assertThatThrownBy(() -> readWithFreshModel(bytes)).as("design.md's pitfall, before the trust is added")
                    .isInstanceOf(SecurityException.class);

            AvroClassTrust.install();

            assertThat(readWithFreshModel(bytes)).isEqualTo(SampleRecords.enriched());
            assertThat(AvroClassTrust.GENERATED.isTrusted(String.class)).isFalse();
        } finally {
            ClassSecurityValidator.setGlobal(before);
        }
    }

    /** Reads with a SpecificData whose class cache is empty, so every record class is looked up by name. */
    private static EnrichedArticle readWithFreshModel(byte[] bytes) throws IOException {
        final SpecificData model = new SpecificData();
        model.addLogicalTypeConversion(new org.apache.avro.data.TimeConversions.TimestampMillisConversion());
        return new SpecificDatumReader<EnrichedArticle>(EnrichedArticle.getClassSchema(), EnrichedArticle.getClassSchema(), model)
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
    }

    private <T extends SpecificRecord> AvroSerde<T> serde(Class<T> type, Map<String, ?> extra) {
        final AvroSerde<T> serde = new AvroSerde<>(type);
        serde.configure(config(extra), false);
        return serde;
    }

    private static Map<String, Object> config(Map<String, ?> extra) {
        final Map<String, Object> config = new HashMap<>(extra);
        config.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE);
        return config;
    }

    private static byte[] wireFormat(int id, Schema schema, GenericRecord record) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(id).array());
        final BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static Schema withoutField(Schema schema, String field) {
        final List<Schema.Field> fields = schema.getFields().stream().filter(f -> !f.name().equals(field))
                .map(f -> new Schema.Field(f, f.schema())).toList();
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    private static Schema withExtraField(Schema schema) {
        final List<Schema.Field> fields = new java.util.ArrayList<>(schema.getFields().stream()
                .map(f -> new Schema.Field(f, f.schema())).toList());
        fields.add(new Schema.Field("editor", Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)),
                "Editor, if any.", Schema.Field.NULL_DEFAULT_VALUE));
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }
}
