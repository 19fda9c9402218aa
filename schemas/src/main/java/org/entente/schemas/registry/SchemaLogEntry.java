package org.entente.schemas.registry;

/**
 * One fact a registry stores, in the order it happened; replaying every entry rebuilds the registry. The local
 * registry keeps them in the compacted {@code _schemas} topic, keyed so that a later entry for the same
 * (subject, version) or the same config scope replaces the earlier one.
 */
public sealed interface SchemaLogEntry {

    /** A subject's version: the schema (canonical text) and its global id; {@code deleted} after DELETE /subjects/{s}. */
    record SchemaVersion(String subject, int version, int id, String schema, boolean deleted) implements SchemaLogEntry {
    }

    /** A compatibility level: global when {@code subject} is null, else for that subject. */
    record CompatibilityLevel(String subject, Compatibility level) implements SchemaLogEntry {
    }
}
