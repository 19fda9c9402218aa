package org.entente.schemas.registry;

import java.util.List;

/** Where a {@link SchemaCatalog} keeps its entries: in memory for tests, the {@code _schemas} topic for real runs. */
public interface SchemaLog extends AutoCloseable {

    /** Every entry stored so far, oldest first. Called once, when the catalog starts. */
    List<SchemaLogEntry> readAll();

    /** Stores the entry durably; returns only once it is stored, throws if it could not be. */
    void append(SchemaLogEntry entry);

    @Override
    default void close() {
    }
}
