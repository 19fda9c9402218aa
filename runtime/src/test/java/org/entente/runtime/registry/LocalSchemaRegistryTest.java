package org.entente.runtime.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.Article;
import org.entente.schemas.registry.Compatibility;
import org.entente.schemas.registry.InMemorySchemaLog;
import org.entente.schemas.registry.RestSchemaRegistryClient;
import org.entente.schemas.registry.SchemaRegistryClient;
import org.entente.schemas.registry.SchemaRegistryClientConfig;
import org.entente.schemas.registry.SchemaRegistryException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local registry over real HTTP, on an in-memory log: answers as Confluent's registry does. */
class LocalSchemaRegistryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String V1 = "{\"type\":\"record\",\"name\":\"Ping\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}";
    private static final String V2 = "{\"type\":\"record\",\"name\":\"Ping\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
            + "{\"name\":\"b\",\"type\":\"int\",\"default\":0}]}";
    private static final String BREAKING = "{\"type\":\"record\",\"name\":\"Ping\",\"fields\":[{\"name\":\"a\",\"type\":\"long\"}]}";

    private final HttpClient http = HttpClient.newHttpClient();
    private LocalSchemaRegistry registry;

    private record Answer(int status, JsonNode body) {
    }

    @BeforeEach
    void start() {
        registry = LocalSchemaRegistry.start(new InMemorySchemaLog(), 0);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private Answer call(String method, String path, String body) throws IOException, InterruptedException {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(registry.url() + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        final HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/vnd.schemaregistry.v1+json"));
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    private static String schemaBody(String schema) {
        return JSON.createObjectNode().put("schema", schema).toString();
    }

    @Test
    void registersReturningAnIdAndTheSameIdForTheSameSchema() throws Exception {
        final Answer first = call("POST", "/subjects/ping-value/versions", schemaBody(V1));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().fieldNames()).toIterable().containsExactly("id");
        final Answer again = call("POST", "/subjects/ping-value/versions", schemaBody(V1));
        assertThat(again.body().get("id").asInt()).isEqualTo(first.body().get("id").asInt());
        final Answer byId = call("GET", "/schemas/ids/" + first.body().get("id").asInt(), null);
        assertThat(byId.body().get("schema").asText()).isEqualTo(V1);
    }

    @Test
    void listsSubjectsVersionsAndAnswersLatest() throws Exception {
        call("POST", "/subjects/ping-value/versions", schemaBody(V1));
        final int id2 = call("POST", "/subjects/ping-value/versions", schemaBody(V2)).body().get("id").asInt();
        assertThat(call("GET", "/subjects", null).body().toString()).isEqualTo("[\"ping-value\"]");
        assertThat(call("GET", "/subjects/ping-value/versions", null).body().toString()).isEqualTo("[1,2]");
        final JsonNode latest = call("GET", "/subjects/ping-value/versions/latest", null).body();
        assertThat(latest.get("version").asInt()).isEqualTo(2);
        assertThat(latest.get("id").asInt()).isEqualTo(id2);
        assertThat(latest.get("subject").asText()).isEqualTo("ping-value");
        assertThat(call("GET", "/subjects/ping-value/versions/1", null).body().get("schema").asText()).isEqualTo(V1);
        final JsonNode lookedUp = call("POST", "/subjects/ping-value", schemaBody(V2)).body();
        assertThat(lookedUp.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void answersAnIncompatibleChangeWith409() throws Exception {
        call("POST", "/subjects/ping-value/versions", schemaBody(V1));
        final Answer answer = call("POST", "/subjects/ping-value/versions", schemaBody(BREAKING));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body().get("error_code").asInt()).isEqualTo(409);
        assertThat(answer.body().get("message").asText()).contains("incompatible");
        final Answer check = call("POST", "/compatibility/subjects/ping-value/versions/latest?verbose=true", schemaBody(BREAKING));
        assertThat(check.body().get("is_compatible").asBoolean()).isFalse();
        assertThat(check.body().get("messages")).isNotEmpty();
        assertThat(call("POST", "/compatibility/subjects/ping-value/versions/1", schemaBody(V2)).body().toString())
                .isEqualTo("{\"is_compatible\":true}");
    }

    @Test
    void answersAMalformedSchemaWith422And42201() throws Exception {
        final Answer answer = call("POST", "/subjects/ping-value/versions", schemaBody("{\"type\":\"record\",\"name\":\"Ping\""));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("error_code").asInt()).isEqualTo(42201);
        final Answer unknownType = call("POST", "/subjects/ping-value/versions", schemaBody("{\"type\":\"recrod\",\"name\":\"P\"}"));
        assertThat(unknownType.body().get("error_code").asInt()).isEqualTo(42201);
    }

    @Test
    void answersUnknownsWithConfluentsErrorCodes() throws Exception {
        assertThat(call("GET", "/subjects/nope/versions", null)).satisfies(a -> {
            assertThat(a.status()).isEqualTo(404);
            assertThat(a.body().get("error_code").asInt()).isEqualTo(40401);
        });
        call("POST", "/subjects/ping-value/versions", schemaBody(V1));
        assertThat(call("GET", "/subjects/ping-value/versions/9", null).body().get("error_code").asInt()).isEqualTo(40402);
        assertThat(call("GET", "/schemas/ids/999", null)).satisfies(a -> {
            assertThat(a.status()).isEqualTo(404);
            assertThat(a.body().get("error_code").asInt()).isEqualTo(40403);
        });
        assertThat(call("POST", "/subjects/ping-value", schemaBody(V2)).body().get("error_code").asInt()).isEqualTo(40403);
        assertThat(call("GET", "/subjects/ping-value/versions/zero", null)).satisfies(a -> {
            assertThat(a.status()).isEqualTo(422);
            assertThat(a.body().get("error_code").asInt()).isEqualTo(42202);
        });
        assertThat(call("PUT", "/config", "{\"compatibility\":\"SIDEWAYS\"}").body().get("error_code").asInt()).isEqualTo(42203);
    }

    @Test
    void setsCompatibilityGloballyAndPerSubject() throws Exception {
        assertThat(call("GET", "/config", null).body().toString()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        assertThat(call("PUT", "/config/ping-value", "{\"compatibility\":\"NONE\"}").body().toString())
                .isEqualTo("{\"compatibility\":\"NONE\"}");
        assertThat(call("GET", "/config/ping-value", null).body().get("compatibilityLevel").asText()).isEqualTo("NONE");
        assertThat(call("GET", "/config/other-value", null).body().get("error_code").asInt()).isEqualTo(40408);
        assertThat(call("GET", "/config/other-value?defaultToGlobal=true", null).body().get("compatibilityLevel").asText())
                .isEqualTo("BACKWARD");
        call("POST", "/subjects/ping-value/versions", schemaBody(V1));
        assertThat(call("POST", "/subjects/ping-value/versions", schemaBody(BREAKING)).status()).isEqualTo(200);
    }

    @Test
    void deletesASubjectKeepingItsIdsReserved() throws Exception {
        final int id = call("POST", "/subjects/ping-value/versions", schemaBody(V1)).body().get("id").asInt();
        assertThat(call("DELETE", "/subjects/ping-value", null).body().toString()).isEqualTo("[1]");
        assertThat(call("GET", "/subjects", null).body().toString()).isEqualTo("[]");
        assertThat(call("GET", "/schemas/ids/" + id, null).status()).isEqualTo(200);
        assertThat(call("POST", "/subjects/ping-value/versions", schemaBody(BREAKING)).body().get("id").asInt()).isEqualTo(id + 1);
    }

    @Test
    void servesTheProjectsRestClientEndToEnd() {
        final SchemaRegistryClient client = new RestSchemaRegistryClient(SchemaRegistryClientConfig.forUrl(registry.url()));
        final int id = client.register("news.articles-value", Article.getClassSchema());
        assertThat(client.schemaById(id)).isEqualTo(Article.getClassSchema());
        assertThat(client.lookup("news.articles-value", Article.getClassSchema()).version()).isEqualTo(1);
        assertThat(client.latest("news.articles-value").id()).isEqualTo(id);
        client.setCompatibility("news.articles-value", Compatibility.FULL);
        assertThat(client.compatibility("news.articles-value")).isEqualTo(Compatibility.FULL);
        assertThat(client.compatibility("alerts.events-value")).isEqualTo(Compatibility.BACKWARD);
        assertThat(client.testCompatibility("news.articles-value", Alert.getClassSchema()).compatible()).isFalse();
        assertThatThrownBy(() -> client.register("news.articles-value", Alert.getClassSchema()))
                .isInstanceOf(SchemaRegistryException.IncompatibleSchema.class);
        assertThat(client.subjects()).containsExactly("news.articles-value");
        assertThat(client.deleteSubject("news.articles-value")).containsExactly(1);
        assertThatThrownBy(() -> client.latest("news.articles-value")).isInstanceOf(SchemaRegistryException.SubjectNotFound.class);
    }

    @Test
    void storesEntriesInConfluentsKeyAndValueLayout() {
        final var entry = new org.entente.schemas.registry.SchemaLogEntry.SchemaVersion("s-value", 2, 7, V1, false);
        assertThat(KafkaSchemaLog.key(entry)).isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"s-value\",\"version\":2,\"magic\":1}");
        assertThat(KafkaSchemaLog.decode(KafkaSchemaLog.key(entry), KafkaSchemaLog.value(entry))).isEqualTo(entry);
        final var global = new org.entente.schemas.registry.SchemaLogEntry.CompatibilityLevel(null, Compatibility.FULL);
        assertThat(KafkaSchemaLog.key(global)).isEqualTo("{\"keytype\":\"CONFIG\",\"subject\":null,\"magic\":0}");
        assertThat(KafkaSchemaLog.decode(KafkaSchemaLog.key(global), KafkaSchemaLog.value(global))).isEqualTo(global);
        assertThat(KafkaSchemaLog.decode("{\"keytype\":\"NOOP\",\"magic\":0}", "{}")).isNull();
        assertThat(KafkaSchemaLog.decode(KafkaSchemaLog.key(entry), null)).isNull();
    }
}
