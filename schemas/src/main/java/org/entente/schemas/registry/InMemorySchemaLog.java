package org.entente.schemas.registry;

import java.util.ArrayList;
import java.util.List;

/** A {@link SchemaLog} in memory: for unit tests and mock:// scopes; gone when the JVM exits. */
public final class InMemorySchemaLog implements SchemaLog {

    private final List<SchemaLogEntry> entries = new ArrayList<>();

    @Override
    public synchronized List<SchemaLogEntry> readAll() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized void append(SchemaLogEntry entry) {
        entries.add(entry);
    }
}
