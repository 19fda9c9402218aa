package org.entente.runtime.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.entente.schemas.registry.Compatibility;
import org.entente.schemas.registry.RegisteredSchema;
import org.entente.schemas.registry.RestSchemaRegistryClient;
import org.entente.schemas.registry.SchemaCatalog;
import org.entente.schemas.registry.SchemaLog;
import org.entente.schemas.registry.SchemaRegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Schema Registry for local runs and tests, speaking the Confluent REST API (the subset Entente uses):
 * <pre>
 * GET    /subjects                                 POST /subjects/{s}/versions        GET /schemas/ids/{id}
 * GET    /subjects/{s}/versions                    POST /subjects/{s}                 GET|PUT /config
 * GET    /subjects/{s}/versions/{v|latest}         DELETE /subjects/{s}               GET|PUT /config/{s}
 * POST   /compatibility/subjects/{s}/versions/{v|latest}
 * </pre>
 * The rules live in {@link SchemaCatalog}; entries are kept in a {@link SchemaLog}: the compacted {@code _schemas}
 * topic for real runs ({@link #start(String, int)}), so schemas and ids survive a restart. Errors are answered as
 * Confluent does: HTTP status plus {@code {"error_code": 40401, "message": "..."}}. Avro only.
 */
public final class LocalSchemaRegistry implements AutoCloseable {

    public static final int DEFAULT_PORT = 8081;
    private static final Logger LOG = LoggerFactory.getLogger(LocalSchemaRegistry.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LATEST = "latest";

    private final SchemaCatalog catalog;
    private final Javalin server;

    private LocalSchemaRegistry(SchemaCatalog catalog, String host, int port) {
        this.catalog = catalog;
        this.server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", ctx -> json(ctx, 200, JSON.createObjectNode()));
            config.routes.get("/schemas/types", ctx -> json(ctx, 200, JSON.createArrayNode().add("AVRO")));
            config.routes.get("/subjects", ctx -> json(ctx, 200, strings(catalog.subjects())));
            config.routes.post("/subjects/{subject}/versions", this::register);
            config.routes.post("/subjects/{subject}", this::lookup);
            config.routes.get("/subjects/{subject}/versions", ctx -> json(ctx, 200, ints(catalog.versions(ctx.pathParam("subject")))));
            config.routes.get("/subjects/{subject}/versions/{version}", this::version);
            config.routes.delete("/subjects/{subject}", ctx -> json(ctx, 200, ints(catalog.deleteSubject(ctx.pathParam("subject")))));
            config.routes.get("/schemas/ids/{id}", this::schemaById);
            config.routes.get("/config", ctx -> json(ctx, 200, level("compatibilityLevel", catalog.compatibility())));
            config.routes.put("/config", ctx -> {
                final Compatibility level = compatibilityIn(ctx);
                catalog.setCompatibility(level);
                json(ctx, 200, level("compatibility", level));
            });
            config.routes.get("/config/{subject}", this::subjectConfig);
            config.routes.put("/config/{subject}", ctx -> {
                final Compatibility level = compatibilityIn(ctx);
                catalog.setCompatibility(ctx.pathParam("subject"), level);
                json(ctx, 200, level("compatibility", level));
            });
            config.routes.post("/compatibility/subjects/{subject}/versions/{version}", this::testCompatibility);
            config.routes.exception(SchemaRegistryException.class, (e, ctx) -> error(ctx, e.status(), e.errorCode(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, 50000, "Internal error: " + e.getMessage());
            });
        }).start(host, port);
        LOG.info("Schema Registry listening on {}", url());
    }

    /** A registry on {@code localhost:port} (0: any free port) storing its schemas in {@code _schemas} on that cluster. */
    public static LocalSchemaRegistry start(String bootstrapServers, int port) {
        return start(new KafkaSchemaLog(bootstrapServers), port);
    }

    /** A registry over any log; {@link org.entente.schemas.registry.InMemorySchemaLog} for unit tests. */
    public static LocalSchemaRegistry start(SchemaLog log, int port) {
        return start(log, "localhost", port);
    }

    /** As {@link #start(SchemaLog, int)}, bound to {@code host} ({@code 0.0.0.0} for every interface). */
    public static LocalSchemaRegistry start(SchemaLog log, String host, int port) {
        final SchemaCatalog catalog = new SchemaCatalog(log);
        try {
            return new LocalSchemaRegistry(catalog, host, port);
        } catch (RuntimeException e) {
            catalog.close();
            throw e;
        }
    }

    /** Base URL, e.g. {@code http://localhost:8081}: the value for {@code schema.registry.url}. */
    public String url() {
        return "http://localhost:" + port();
    }

    public int port() {
        return server.port();
    }

    /** The registry's state, for callers in the same JVM. */
    public SchemaCatalog catalog() {
        return catalog;
    }

    @Override
    public void close() {
        server.stop();
        catalog.close();
    }

    private void register(Context ctx) {
        final Schema schema = schemaIn(ctx);
        json(ctx, 200, JSON.createObjectNode().put("id", catalog.register(ctx.pathParam("subject"), schema)));
    }

    private void lookup(Context ctx) {
        final String subject = ctx.pathParam("subject");
        final Schema schema = schemaIn(ctx);
        json(ctx, 200, registered(catalog.lookup(subject, schema)));
    }

    private void version(Context ctx) {
        final String subject = ctx.pathParam("subject");
        final int version = versionIn(ctx);
        json(ctx, 200, registered(version == -1 ? catalog.latest(subject) : catalog.version(subject, version)));
    }

    private void schemaById(Context ctx) {
        final int id;
        try {
            id = Integer.parseInt(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new SchemaRegistryException.SchemaNotFound("Schema " + ctx.pathParam("id") + " not found");
        }
        json(ctx, 200, JSON.createObjectNode().put("schema", catalog.schemaTextById(id)));
    }

    private void subjectConfig(Context ctx) {
        final String subject = ctx.pathParam("subject");
        final Compatibility own = catalog.subjectCompatibility(subject);
        if (own != null) {
            json(ctx, 200, level("compatibilityLevel", own));
        } else if (Boolean.parseBoolean(ctx.queryParam("defaultToGlobal"))) {
            json(ctx, 200, level("compatibilityLevel", catalog.compatibility()));
        } else {
            throw new SchemaRegistryException(404, SchemaRegistryException.SUBJECT_COMPATIBILITY_NOT_CONFIGURED,
                    "Subject '" + subject + "' does not have subject-level compatibility configured");
        }
    }

    private void testCompatibility(Context ctx) {
        final String subject = ctx.pathParam("subject");
        final int version = versionIn(ctx);
        final Schema schema = schemaIn(ctx);
        final List<String> problems;
        if (version == -1) {
            problems = catalog.testCompatibility(subject, schema).messages();
        } else {
            final RegisteredSchema against = catalog.version(subject, version);
            final SortedMap<Integer, Schema> one = new TreeMap<>();
            one.put(against.version(), against.schema());
            problems = catalog.compatibility(subject).problems(schema, one);
        }
        final ObjectNode answer = JSON.createObjectNode().put("is_compatible", problems.isEmpty());
        if (Boolean.parseBoolean(ctx.queryParam("verbose"))) {
            answer.set("messages", strings(problems));
        }
        json(ctx, 200, answer);
    }

    /** The schema of a request body {@code {"schema": "...", "schemaType": "AVRO"}}. */
    private static Schema schemaIn(Context ctx) {
        final JsonNode body = bodyIn(ctx);
        final String type = body.path("schemaType").asText("AVRO");
        if (!"AVRO".equals(type)) {
            throw new SchemaRegistryException.InvalidSchema("Invalid schema: type " + type + " is not supported; only AVRO");
        }
        if (!body.path("schema").isTextual()) {
            throw new SchemaRegistryException.InvalidSchema("Invalid schema: the body has no \"schema\" string");
        }
        return SchemaCatalog.parse(body.get("schema").asText());
    }

    private static Compatibility compatibilityIn(Context ctx) {
        final String level = bodyIn(ctx).path("compatibility").asText(null);
        try {
            return Compatibility.parse(level);
        } catch (IllegalArgumentException e) {
            throw new SchemaRegistryException(422, SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL, e.getMessage());
        }
    }

    private static JsonNode bodyIn(Context ctx) {
        try {
            final JsonNode body = JSON.readTree(ctx.body());
            if (body == null || !body.isObject()) {
                throw new SchemaRegistryException(400, 400, "Request body must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new SchemaRegistryException(400, 400, "Malformed JSON body: " + e.getOriginalMessage());
        }
    }

    /** -1 for "latest" or -1; the number for a positive version; 42202 otherwise. */
    private static int versionIn(Context ctx) {
        final String text = ctx.pathParam("version");
        if (LATEST.equals(text)) {
            return -1;
        }
        try {
            final int version = Integer.parseInt(text);
            if (version == -1 || version > 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new SchemaRegistryException.InvalidVersion("The specified version '" + text
                + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    private static ObjectNode registered(RegisteredSchema found) {
        return JSON.createObjectNode().put("subject", found.subject()).put("version", found.version())
                .put("id", found.id()).put("schema", found.schema().toString());
    }

    private static ObjectNode level(String field, Compatibility level) {
        return JSON.createObjectNode().put(field, level.name());
    }

    private static ArrayNode strings(List<String> values) {
        final ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ArrayNode ints(List<Integer> values) {
        final ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static void error(Context ctx, int status, int code, String message) {
        json(ctx, status, JSON.createObjectNode().put("error_code", code).put("message", message));
    }

    private static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(RestSchemaRegistryClient.CONTENT_TYPE).result(body.toString());
    }
}
