package org.entente.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class SchemaCatalogTest {

    private static Schema record(String fields) {
        return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":[" + fields + "]}");
    }

    private static final Schema V1 = record("{\"name\":\"a\",\"type\":\"string\"}");
    private static final Schema V2 = record("{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\",\"default\":0}");
    private static final Schema BREAKING = record("{\"name\":\"a\",\"type\":\"int\"}");

    private final InMemorySchemaLog log = new InMemorySchemaLog();
    private final SchemaCatalog catalog = new SchemaCatalog(log);

    @Test
    void givesTheSameSchemaTheSameIdAndNoNewVersion() {
        final int id = catalog.register("a-value", V1);
        assertThat(catalog.register("a-value", new Schema.Parser().parse(V1.toString(true)))).isEqualTo(id);
        assertThat(catalog.versions("a-value")).containsExactly(1);
    }

    @Test
    void sharesAnIdAcrossSubjectsForTheSameSchemaText() {
        final int id = catalog.register("a-value", V1);
        assertThat(catalog.register("b-value", V1)).isEqualTo(id);
        assertThat(catalog.register("b-value", V2)).isEqualTo(id + 1);
        assertThat(catalog.lookup("b-value", V2)).isEqualTo(new RegisteredSchema("b-value", 2, id + 1, V2));
    }

    @Test
    void rejectsABreakingChangeUnderTheDefaultBackwardLevel() {
        catalog.register("a-value", V1);
        assertThat(catalog.compatibility("a-value")).isEqualTo(Compatibility.BACKWARD);
        assertThatThrownBy(() -> catalog.register("a-value", BREAKING)).isInstanceOf(SchemaRegistryException.IncompatibleSchema.class)
                .hasMessageContaining("a-value").hasMessageContaining("TYPE_MISMATCH");
        assertThat(catalog.testCompatibility("a-value", BREAKING).compatible()).isFalse();
        assertThat(catalog.testCompatibility("a-value", V2).compatible()).isTrue();
    }

    @Test
    void appliesASubjectLevelOverTheGlobalOne() {
        catalog.register("a-value", V1);
        catalog.setCompatibility("a-value", Compatibility.NONE);
        catalog.setCompatibility(Compatibility.FULL);
        assertThat(catalog.register("a-value", BREAKING)).isPositive();
        assertThat(catalog.compatibility()).isEqualTo(Compatibility.FULL);
        assertThat(catalog.compatibility("other")).isEqualTo(Compatibility.FULL);
        assertThat(catalog.subjectCompatibility("other")).isNull();
    }

    @Test
    void neverReusesTheIdOfADeletedSubject() {
        final int first = catalog.register("a-value", V1);
        assertThat(catalog.deleteSubject("a-value")).containsExactly(1);
        assertThatThrownBy(() -> catalog.latest("a-value")).isInstanceOf(SchemaRegistryException.SubjectNotFound.class);
        assertThat(catalog.schemaById(first)).isEqualTo(V1);
        assertThat(catalog.register("a-value", BREAKING)).isEqualTo(first + 1);
        assertThat(catalog.versions("a-value")).containsExactly(2);
        catalog.deleteSubject("a-value");
        assertThat(catalog.register("a-value", V1)).isEqualTo(first);
        assertThat(catalog.versions("a-value")).containsExactly(3);
    }

    @Test
    void answersUnknownsWithTheirErrorCodes() {
        catalog.register("a-value", V1);
        assertThatThrownBy(() -> catalog.latest("nope")).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(40401));
        assertThatThrownBy(() -> catalog.version("a-value", 5)).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(40402));
        assertThatThrownBy(() -> catalog.schemaById(77)).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> catalog.lookup("a-value", V2)).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> SchemaCatalog.parse("{\"type\":\"record\",\"name\":\"R\"")).isInstanceOfSatisfying(
                SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(42201))
                .hasMessageContaining("Unexpected end-of-input").hasMessageNotContaining("com.fasterxml").hasMessageNotContaining("\n");
    }

    @Test
    void rebuildsTheSameStateFromItsLog() {
        final int id1 = catalog.register("a-value", V1);
        final int id2 = catalog.register("a-value", V2);
        catalog.setCompatibility("a-value", Compatibility.FORWARD);
        catalog.deleteSubject("a-value");
        catalog.register("b-value", V2);

        final SchemaCatalog restarted = new SchemaCatalog(log);

        assertThat(restarted.subjects()).containsExactly("b-value");
        assertThat(restarted.schemaById(id1)).isEqualTo(V1);
        assertThat(restarted.compatibility("a-value")).isEqualTo(Compatibility.FORWARD);
        assertThat(restarted.register("a-value", V2)).isEqualTo(id2);
        assertThat(restarted.register("c-value", BREAKING)).isEqualTo(id2 + 1);
    }

    @Test
    void reportsAStoreFailureAndChangesNothing() {
        final SchemaCatalog failing = new SchemaCatalog(new SchemaLog() {
            @Override
            public java.util.List<SchemaLogEntry> readAll() {
                return java.util.List.of();
            }

            @Override
            public void append(SchemaLogEntry entry) {
                throw new IllegalStateException("broker down");
            }
        });
        assertThatThrownBy(() -> failing.register("a-value", V1)).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(50001)).hasMessageContaining("broker down");
        assertThat(failing.subjects()).isEmpty();
    }
}
