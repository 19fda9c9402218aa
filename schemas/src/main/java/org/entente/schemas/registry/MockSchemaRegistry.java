package org.entente.schemas.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory registries behind {@code mock://scope} URLs: every client of one scope name in this JVM shares one
 * {@link SchemaCatalog}, so a test's serializer and deserializer see the same ids. For unit tests of single
 * classes only; anything a user meets runs against a real registry over HTTP.
 */
public final class MockSchemaRegistry {

    public static final String PREFIX = "mock://";
    private static final Map<String, SchemaCatalog> SCOPES = new ConcurrentHashMap<>();

    private MockSchemaRegistry() {
    }

    public static SchemaCatalog forScope(String scope) {
        return SCOPES.computeIfAbsent(scope, name -> new SchemaCatalog(new InMemorySchemaLog()));
    }

    /** Forgets a scope, so the next use starts empty. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }
}
