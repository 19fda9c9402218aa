package org.entente.schemas.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Confluent's compatibility levels, checked with Avro's own {@link SchemaCompatibility}.
 * BACKWARD: consumers on the new schema read data written with the old one. FORWARD: consumers on the old schema
 * read data written with the new one. FULL: both. Plain levels compare with the latest version; _TRANSITIVE
 * levels with every live version.
 */
public enum Compatibility {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    Compatibility(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    public boolean transitive() {
        return transitive;
    }

    /** The level named (case-insensitive), or IllegalArgumentException listing the valid ones. */
    public static Compatibility parse(String name) {
        if (name != null) {
            for (final Compatibility level : values()) {
                if (level.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                    return level;
                }
            }
        }
        throw new IllegalArgumentException("Invalid compatibility level " + name + "; valid: " + List.of(values()));
    }

    /**
     * Why {@code candidate} may not follow {@code previous} (live versions by version number); empty when it may.
     */
    public List<String> problems(Schema candidate, SortedMap<Integer, Schema> previous) {
        final List<String> problems = new ArrayList<>();
        if (this == NONE || previous.isEmpty()) {
            return problems;
        }
        final Map<Integer, Schema> against = transitive ? previous : previous.tailMap(previous.lastKey());
        for (final Map.Entry<Integer, Schema> entry : against.entrySet()) {
            if (backward) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, entry.getValue()),
                        "new schema cannot read data written with version " + entry.getKey(), problems);
            }
            if (forward) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(entry.getValue(), candidate),
                        "version " + entry.getKey() + " cannot read data written with the new schema", problems);
            }
        }
        return problems;
    }

    private static void describe(SchemaPairCompatibility pair, String what, List<String> into) {
        for (final Incompatibility incompatibility : pair.getResult().getIncompatibilities()) {
            into.add(what + ": " + incompatibility.getType() + " at " + incompatibility.getLocation() + ": "
                    + incompatibility.getMessage());
        }
    }
}
