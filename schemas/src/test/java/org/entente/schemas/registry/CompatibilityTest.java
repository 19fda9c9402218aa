package org.entente.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class CompatibilityTest {

    private static Schema record(String fields) {
        return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":[" + fields + "]}");
    }

    private static final Schema V1 = record("{\"name\":\"a\",\"type\":\"string\"}");
    private static final Schema ADDS_REQUIRED = record("{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\"}");
    private static final Schema ADDS_OPTIONAL = record("{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\",\"default\":0}");
    private static final Schema DROPS_A = record("{\"name\":\"b\",\"type\":\"int\",\"default\":0}");

    private static SortedMap<Integer, Schema> history(Schema... schemas) {
        final SortedMap<Integer, Schema> history = new TreeMap<>();
        for (int i = 0; i < schemas.length; i++) {
            history.put(i + 1, schemas[i]);
        }
        return history;
    }

    @Test
    void backwardRejectsANewFieldWithoutDefault() {
        assertThat(Compatibility.BACKWARD.problems(ADDS_REQUIRED, history(V1))).singleElement().asString()
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE").contains("version 1");
        assertThat(Compatibility.BACKWARD.problems(ADDS_OPTIONAL, history(V1))).isEmpty();
    }

    @Test
    void forwardAllowsANewRequiredFieldButNotRemovingARequiredOne() {
        assertThat(Compatibility.FORWARD.problems(ADDS_REQUIRED, history(V1))).isEmpty();
        assertThat(Compatibility.FORWARD.problems(DROPS_A, history(ADDS_OPTIONAL))).isNotEmpty();
        assertThat(Compatibility.FULL.problems(ADDS_REQUIRED, history(V1))).isNotEmpty();
        assertThat(Compatibility.NONE.problems(DROPS_A, history(V1))).isEmpty();
    }

    @Test
    void transitiveLevelsCheckEveryEarlierVersionNotOnlyTheLatest() {
        // onlyB reads data of the latest version (it has b) but not of version 1 (no b, and no default).
        final Schema onlyB = record("{\"name\":\"b\",\"type\":\"int\"}");
        assertThat(Compatibility.BACKWARD.problems(onlyB, history(V1, ADDS_OPTIONAL))).isEmpty();
        assertThat(Compatibility.BACKWARD_TRANSITIVE.problems(onlyB, history(V1, ADDS_OPTIONAL))).singleElement().asString()
                .contains("version 1");
    }

    @Test
    void parsesLevelNamesCaseInsensitively() {
        assertThat(Compatibility.parse("full_transitive")).isEqualTo(Compatibility.FULL_TRANSITIVE);
        assertThatThrownBy(() -> Compatibility.parse("SIDEWAYS")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SIDEWAYS");
    }
}
