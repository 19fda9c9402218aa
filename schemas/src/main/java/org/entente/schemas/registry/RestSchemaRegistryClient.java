package org.entente.schemas.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client for the Confluent Schema Registry REST API (also served by Apicurio's {@code /apis/ccompat/v7}, Karapace
 * and the local registry). Ids, schemas and subject registrations are cached for the life of the process: an id
 * never changes meaning. Requests are retried with exponential backoff on 408, 429, 5xx and connection failures,
 * moving to the next base URL when several are given.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Logger LOG = LoggerFactory.getLogger(RestSchemaRegistryClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaRegistryClientConfig config;
    private final HttpClient http;
    private final String authorization;
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, Integer> registered = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, RegisteredSchema> lookedUp = new ConcurrentHashMap<>();
    private volatile int urlIndex;

    private record SubjectSchema(String subject, String schema) {
    }

    public RestSchemaRegistryClient(SchemaRegistryClientConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        this.authorization = config.userInfo() == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(config.userInfo().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int register(String subject, Schema schema) {
        final SubjectSchema key = new SubjectSchema(subject, schema.toString());
        final Integer cached = registered.get(key);
        if (cached != null) {
            return cached;
        }
        final JsonNode answer = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema));
        final int id = requiredInt(answer, "id");
        schemasById.putIfAbsent(id, schema);
        registered.put(key, id);
        return id;
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        final SubjectSchema key = new SubjectSchema(subject, schema.toString());
        final RegisteredSchema cached = lookedUp.get(key);
        if (cached != null) {
            return cached;
        }
        final RegisteredSchema found = registeredSchema(send("POST", "/subjects/" + encode(subject), schemaBody(schema)), subject);
        lookedUp.put(key, found);
        registered.putIfAbsent(key, found.id());
        return found;
    }

    @Override
    public Schema schemaById(int id) {
        final Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        final JsonNode answer = send("GET", "/schemas/ids/" + id, null);
        final Schema schema = parse(answer, "/schemas/ids/" + id);
        final Schema previous = schemasById.putIfAbsent(id, schema);
        return previous == null ? schema : previous;
    }

    @Override
    public RegisteredSchema latest(String subject) {
        return registeredSchema(send("GET", "/subjects/" + encode(subject) + "/versions/latest", null), subject);
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        return registeredSchema(send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null), subject);
    }

    @Override
    public List<String> subjects() {
        final List<String> subjects = new ArrayList<>();
        send("GET", "/subjects", null).forEach(node -> subjects.add(node.asText()));
        return subjects;
    }

    @Override
    public List<Integer> versions(String subject) {
        return ints(send("GET", "/subjects/" + encode(subject) + "/versions", null));
    }

    @Override
    public List<Integer> deleteSubject(String subject) {
        final List<Integer> deleted = ints(send("DELETE", "/subjects/" + encode(subject), null));
        registered.keySet().removeIf(key -> key.subject().equals(subject));
        lookedUp.keySet().removeIf(key -> key.subject().equals(subject));
        return deleted;
    }

    @Override
    public Compatibility compatibility() {
        return level(send("GET", "/config", null));
    }

    @Override
    public Compatibility compatibility(String subject) {
        return level(send("GET", "/config/" + encode(subject) + "?defaultToGlobal=true", null));
    }

    @Override
    public void setCompatibility(Compatibility level) {
        send("PUT", "/config", JSON.createObjectNode().put("compatibility", level.name()));
    }

    @Override
    public void setCompatibility(String subject, Compatibility level) {
        send("PUT", "/config/" + encode(subject), JSON.createObjectNode().put("compatibility", level.name()));
    }

    @Override
    public CompatibilityCheck testCompatibility(String subject, Schema schema) {
        final JsonNode answer = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true",
                schemaBody(schema));
        final List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(node -> messages.add(node.asText()));
        return new CompatibilityCheck(answer.path("is_compatible").asBoolean(false), messages);
    }

    /** One request, retried on 408, 429, 5xx and connection failures; the answer's JSON, or a typed exception. */
    private JsonNode send(String method, String path, JsonNode body) {
        final String payload = body == null ? null : body.toString();
        for (int attempt = 0; ; attempt++) {
            final URI base = config.urls().get(Math.floorMod(urlIndex, config.urls().size()));
            final URI uri = URI.create(base + path);
            final HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(config.timeout())
                    .header("Accept", CONTENT_TYPE + ", application/json")
                    .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
            if (payload != null) {
                request.header("Content-Type", CONTENT_TYPE);
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            final HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                urlIndex++;
                if (attempt >= config.maxRetries()) {
                    throw new SchemaRegistryException(SchemaRegistryException.NO_STATUS, SchemaRegistryException.NO_ERROR_CODE,
                            method + " " + uri + ": registry unreachable after " + (attempt + 1) + " attempts: " + e, e);
                }
                pause(method, uri, "connection failure " + e, attempt);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException(SchemaRegistryException.NO_STATUS, SchemaRegistryException.NO_ERROR_CODE,
                        method + " " + uri + ": interrupted", e);
            }
            final int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return json(response.body(), method, uri);
            }
            if (retryable(status) && attempt < config.maxRetries()) {
                if (status >= 500) {
                    urlIndex++;
                }
                pause(method, uri, "HTTP " + status, attempt);
                continue;
            }
            throw error(method, uri, status, response.body());
        }
    }

    static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    private void pause(String method, URI uri, String why, int attempt) {
        final long base = config.retryWait().toMillis() << Math.min(attempt, 20);
        final long capped = Math.min(base, config.retryMaxWait().toMillis());
        final long wait = capped + ThreadLocalRandom.current().nextLong(capped / 5 + 1);
        LOG.warn("{} {}: {}; retry {} of {} in {} ms", method, uri, why, attempt + 1, config.maxRetries(), wait);
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(SchemaRegistryException.NO_STATUS, SchemaRegistryException.NO_ERROR_CODE,
                    method + " " + uri + ": interrupted while waiting to retry", e);
        }
    }

    /** The typed error of an answer: error_code from a JSON body decides; any other body is reported as it is. */
    private static SchemaRegistryException error(String method, URI uri, int status, String body) {
        final String where = method + " " + uri + ": HTTP " + status;
        try {
            final JsonNode node = JSON.readTree(body);
            if (node != null && node.isObject() && node.path("error_code").canConvertToInt()) {
                final int code = node.get("error_code").asInt();
                return SchemaRegistryException.of(status, code,
                        where + ", error_code " + code + ": " + node.path("message").asText(""));
            }
        } catch (JsonProcessingException notJson) {
            // reported below as it is
        }
        return new SchemaRegistryException(status, SchemaRegistryException.NO_ERROR_CODE, where + ": " + body);
    }

    private static JsonNode json(String body, String method, URI uri) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new SchemaRegistryException(200, SchemaRegistryException.NO_ERROR_CODE,
                    method + " " + uri + ": answer is not JSON: " + body, e);
        }
    }

    private static ObjectNode schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString());
    }

    private static RegisteredSchema registeredSchema(JsonNode node, String subject) {
        return new RegisteredSchema(node.path("subject").asText(subject), requiredInt(node, "version"),
                requiredInt(node, "id"), parse(node, subject));
    }

    private static Schema parse(JsonNode node, String what) {
        final String type = node.path("schemaType").asText("AVRO");
        if (!"AVRO".equals(type)) {
            throw new SchemaRegistryException(200, SchemaRegistryException.NO_ERROR_CODE,
                    what + ": schema type " + type + " is not Avro");
        }
        return new Schema.Parser().parse(node.path("schema").asText());
    }

    private static int requiredInt(JsonNode node, String field) {
        if (!node.path(field).canConvertToInt()) {
            throw new SchemaRegistryException(200, SchemaRegistryException.NO_ERROR_CODE,
                    "registry answer lacks \"" + field + "\": " + node);
        }
        return node.get(field).asInt();
    }

    private static List<Integer> ints(JsonNode array) {
        final List<Integer> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asInt()));
        return values;
    }

    private static Compatibility level(JsonNode node) {
        final String value = node.has("compatibilityLevel") ? node.get("compatibilityLevel").asText()
                : node.path("compatibility").asText();
        return Compatibility.parse(value);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
