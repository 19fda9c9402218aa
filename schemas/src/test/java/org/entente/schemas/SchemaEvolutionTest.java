package org.entente.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.entente.schemas.registry.Compatibility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema in {@code src/main/avro} is backward and forward compatible with its previous committed version,
 * kept under {@code src/test/resources/schema-history/<Name>/v<N>.avsc} (see the README there). Also writes each
 * current schema, fully expanded, to {@code target/schema-current/<Name>.avsc}: the file to copy as the next
 * history version before changing a schema.
 */
class SchemaEvolutionTest {

    private static final Path SOURCES = Path.of("src/main/avro");
    private static final Path HISTORY = Path.of("src/test/resources/schema-history");
    private static final Path CURRENT_OUT = Path.of("target/schema-current");
    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d+)\\.avsc");

    static List<String> schemaNames() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".avsc"))
                    .map(n -> n.substring(0, n.length() - ".avsc".length())).sorted().toList();
        }
    }

    static Schema current(String name) throws ReflectiveOperationException {
        return (Schema) Class.forName("org.entente.schemas.avro." + name).getMethod("getClassSchema").invoke(null);
    }

    @BeforeAll
    static void writeCurrentSchemasExpanded() throws Exception {
        Files.createDirectories(CURRENT_OUT);
        for (final String name : schemaNames()) {
            Files.writeString(CURRENT_OUT.resolve(name + ".avsc"), current(name).toString(true) + "\n", StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("schemaNames")
    void isBackwardAndForwardCompatibleWithItsPreviousCommittedVersion(String name) throws Exception {
        final Path dir = HISTORY.resolve(name);
        assertThat(dir).as("no history for %s: copy target/schema-current/%s.avsc to %s/v1.avsc", name, name, dir).isDirectory();
        final SortedMap<Integer, Schema> history = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (final Path file : files.toList()) {
                final Matcher m = VERSION_FILE.matcher(file.getFileName().toString());
                if (m.matches()) {
                    history.put(Integer.parseInt(m.group(1)), new Schema.Parser().parse(file.toFile()));
                }
            }
        }
        assertThat(history).as("%s holds no v<N>.avsc", dir).isNotEmpty();
        assertThat(history.keySet()).as("versions of %s are numbered 1..N", name)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, history.size()).boxed().toList());

        final List<String> problems = Compatibility.FULL.problems(current(name), history);

        assertThat(problems).as("%s must stay readable by and able to read v%d", name, history.lastKey()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemaNames")
    void documentsEveryRecordAndField(String name) throws Exception {
        final List<String> undocumented = new ArrayList<>();
        collectUndocumented(current(name), new ArrayList<>(), undocumented);
        assertThat(undocumented).as("fields without doc in %s", name).isEmpty();
    }

    @Test
    void historyHasNoSchemaThatNoLongerExists() throws IOException {
        try (Stream<Path> dirs = Files.list(HISTORY)) {
            assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList())
                    .containsExactlyElementsOf(schemaNames());
        }
    }

    private static void collectUndocumented(Schema schema, List<String> seen, List<String> into) {
        switch (schema.getType()) {
            case RECORD -> {
                if (seen.contains(schema.getFullName())) {
                    return;
                }
                seen.add(schema.getFullName());
                if (schema.getDoc() == null || schema.getDoc().isBlank()) {
                    into.add(schema.getFullName());
                }
                for (final Schema.Field field : schema.getFields()) {
                    if (field.doc() == null || field.doc().isBlank()) {
                        into.add(schema.getFullName() + "." + field.name());
                    }
                    collectUndocumented(field.schema(), seen, into);
                }
            }
            case ARRAY -> collectUndocumented(schema.getElementType(), seen, into);
            case MAP -> collectUndocumented(schema.getValueType(), seen, into);
            case UNION -> schema.getTypes().forEach(t -> collectUndocumented(t, seen, into));
            default -> {
            }
        }
    }
}
