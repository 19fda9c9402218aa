package org.entente.schemas.registry;

import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * What the pipeline needs of a Confluent-API Schema Registry. Failures are {@link SchemaRegistryException}s typed
 * by error_code. Implementations: {@link RestSchemaRegistryClient} (HTTP, cached, retried) and
 * {@link SchemaCatalog} (in-process; behind {@code mock://scope} URLs and the local registry server).
 */
public interface SchemaRegistryClient {

    /** Registers (or finds) the schema under the subject; returns its global id. {@code POST /subjects/{s}/versions} */
    int register(String subject, Schema schema);

    /** The version of the subject holding exactly this schema. {@code POST /subjects/{s}} */
    RegisteredSchema lookup(String subject, Schema schema);

    /** The schema with this global id. {@code GET /schemas/ids/{id}} */
    Schema schemaById(int id);

    /** The subject's latest live version. {@code GET /subjects/{s}/versions/latest} */
    RegisteredSchema latest(String subject);

    /** One version of the subject. {@code GET /subjects/{s}/versions/{v}} */
    RegisteredSchema version(String subject, int version);

    /** Subjects with at least one live version. {@code GET /subjects} */
    List<String> subjects();

    /** Live versions of the subject. {@code GET /subjects/{s}/versions} */
    List<Integer> versions(String subject);

    /** Soft-deletes every version of the subject; ids stay reserved. {@code DELETE /subjects/{s}} */
    List<Integer> deleteSubject(String subject);

    /** Global compatibility level. {@code GET /config} */
    Compatibility compatibility();

    /** The level in force for the subject: its own, else the global one. {@code GET /config/{s}?defaultToGlobal=true} */
    Compatibility compatibility(String subject);

    /** {@code PUT /config} */
    void setCompatibility(Compatibility level);

    /** {@code PUT /config/{s}} */
    void setCompatibility(String subject, Compatibility level);

    /** Whether the schema could be registered under the subject now. {@code POST /compatibility/subjects/{s}/versions/latest} */
    CompatibilityCheck testCompatibility(String subject, Schema schema);

    /**
     * The client named by {@code schema.registry.url}: {@code mock://scope} gives the in-memory registry shared by
     * everything using that scope name (unit tests only); {@code http(s)://host:port[/path][,...]} the REST client.
     */
    static SchemaRegistryClient create(Map<String, ?> config) {
        final Object url = config.get(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL);
        if (url == null || url.toString().isBlank()) {
            throw new IllegalArgumentException("Missing " + SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL
                    + " (http://host:8081, or mock://scope in unit tests)");
        }
        final String text = url.toString().trim();
        if (text.startsWith(MockSchemaRegistry.PREFIX)) {
            return MockSchemaRegistry.forScope(text.substring(MockSchemaRegistry.PREFIX.length()));
        }
        return new RestSchemaRegistryClient(SchemaRegistryClientConfig.from(config));
    }

    /** TopicNameStrategy: {@code <topic>-key} or {@code <topic>-value}. */
    static String subjectFor(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
