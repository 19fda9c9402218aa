package org.entente.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST client against a real HTTP server (the JDK's) that answers from a script, so each status and body a
 * registry or a proxy in front of it can give is exercised over a socket.
 */
class RestSchemaRegistryClientTest {

    private static final String BASE_PATH = "/apis/ccompat/v7";
    private HttpServer server;
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    private record Answer(int status, String contentType, String body) {
    }

    private record Request(String method, String path, String contentType, String authorization, String body) {
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        final String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst("Authorization"), body));
        final Answer answer;
        synchronized (script) {
            answer = script.isEmpty() ? new Answer(500, "text/plain", "script exhausted") : script.poll();
        }
        final byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void then(int status, String body) {
        script.add(new Answer(status, status < 300 || body.startsWith("{") ? RestSchemaRegistryClient.CONTENT_TYPE : "text/html", body));
    }

    private RestSchemaRegistryClient client(Map<String, Object> extra) {
        final Map<String, Object> config = new HashMap<>(extra);
        config.put(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH + "/");
        config.put(SchemaRegistryClientConfig.RETRIES_WAIT_MS, 10);
        config.putIfAbsent(SchemaRegistryClientConfig.MAX_RETRIES, 3);
        return new RestSchemaRegistryClient(SchemaRegistryClientConfig.from(config));
    }

    @Test
    void registersUnderTheBasePathWithTheRegistryContentType() {
        then(200, "{\"id\":7}");
        final int id = client(Map.of()).register("news.articles-value", Article.getClassSchema());
        assertThat(id).isEqualTo(7);
        final Request request = requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(BASE_PATH + "/subjects/news.articles-value/versions");
        assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(request.body()).startsWith("{\"schema\":\"{\\\"type\\\":\\\"record\\\"");
    }

    @Test
    void retriesA503WithBackoffThenSucceeds() {
        then(503, "<html>Service Unavailable</html>");
        then(503, "{\"error_code\":50003,\"message\":\"forwarding\"}");
        then(200, "{\"id\":3}");
        assertThat(client(Map.of()).register("s-value", Article.getClassSchema())).isEqualTo(3);
        assertThat(requests).hasSize(3);
    }

    @Test
    void retriesTimeoutsAndRateLimitsButNotClientErrors() {
        then(408, "");
        then(429, "{\"error_code\":429,\"message\":\"slow down\"}");
        then(200, "{\"schema\":\"\\\"string\\\"\"}");
        assertThat(client(Map.of()).schemaById(1)).isEqualTo(Schema.create(Schema.Type.STRING));
        assertThat(requests).hasSize(3);
    }

    @Test
    void givesUpAfterMaxRetriesReportingANonJsonBodyAsItIs() {
        for (int i = 0; i < 3; i++) {
            then(502, "<html><body>Bad Gateway</body></html>");
        }
        assertThatThrownBy(() -> client(Map.of(SchemaRegistryClientConfig.MAX_RETRIES, 2)).schemaById(5))
                .isExactlyInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("HTTP 502").hasMessageContaining("<html><body>Bad Gateway</body></html>")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(SchemaRegistryException.NO_ERROR_CODE));
        assertThat(requests).hasSize(3);
    }

    @Test
    void readsClientSettingsAlsoUnderTheSchemaRegistryPrefix() {
        final SchemaRegistryClientConfig config = SchemaRegistryClientConfig.from(Map.of(
                SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL, "http://registry:8081/",
                "schema.registry.max.retries", "7", "schema.registry.basic.auth.user.info", "u:p"));
        assertThat(config.maxRetries()).isEqualTo(7);
        assertThat(config.userInfo()).isEqualTo("u:p");
        assertThat(config.urls()).extracting(URI::toString).containsExactly("http://registry:8081");
    }

    @Test
    void retriesConnectionFailuresThenReportsTheRegistryUnreachable() throws IOException {
        final int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        final RestSchemaRegistryClient client = new RestSchemaRegistryClient(SchemaRegistryClientConfig.from(Map.of(
                SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:" + closedPort,
                SchemaRegistryClientConfig.RETRIES_WAIT_MS, 5, SchemaRegistryClientConfig.MAX_RETRIES, 2)));
        assertThatThrownBy(() -> client.schemaById(1)).isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("unreachable after 3 attempts");
    }

    @Test
    void movesToTheNextUrlWhenTheFirstCannotBeReached() throws IOException {
        final int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        then(200, "{\"id\":4}");
        final RestSchemaRegistryClient client = new RestSchemaRegistryClient(SchemaRegistryClientConfig.from(Map.of(
                SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL,
                "http://127.0.0.1:" + closedPort + ",http://127.0.0.1:" + server.getAddress().getPort(),
                SchemaRegistryClientConfig.RETRIES_WAIT_MS, 5)));
        assertThat(client.register("s-value", Alert.getClassSchema())).isEqualTo(4);
    }

    @Test
    void typesErrorsByErrorCodeNotByMessage() {
        then(404, "{\"error_code\":40401,\"message\":\"whatever the server says\"}");
        then(404, "{\"error_code\":40402,\"message\":\"Subject not found\"}");
        then(404, "{\"error_code\":40403,\"message\":\"x\"}");
        then(409, "{\"error_code\":409,\"message\":\"x\"}");
        then(422, "{\"error_code\":42201,\"message\":\"x\"}");
        then(422, "{\"error_code\":42202,\"message\":\"x\"}");
        final RestSchemaRegistryClient client = client(Map.of());
        assertThatThrownBy(() -> client.latest("a")).isInstanceOf(SchemaRegistryException.SubjectNotFound.class)
                .hasMessageContaining("error_code 40401").hasMessageContaining("whatever the server says");
        assertThatThrownBy(() -> client.version("a", 9)).isInstanceOf(SchemaRegistryException.VersionNotFound.class);
        assertThatThrownBy(() -> client.schemaById(9)).isInstanceOf(SchemaRegistryException.SchemaNotFound.class);
        assertThatThrownBy(() -> client.register("a", Article.getClassSchema())).isInstanceOf(SchemaRegistryException.IncompatibleSchema.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).status()).isEqualTo(409));
        assertThatThrownBy(() -> client.register("b", Article.getClassSchema())).isInstanceOf(SchemaRegistryException.InvalidSchema.class);
        assertThatThrownBy(() -> client.version("a", 0)).isInstanceOf(SchemaRegistryException.InvalidVersion.class);
        assertThat(requests).hasSize(6);
    }

    @Test
    void cachesIdsAndSchemasForTheLifeOfTheClient() {
        then(200, "{\"id\":11}");
        final RestSchemaRegistryClient client = client(Map.of());
        assertThat(client.register("s-value", Article.getClassSchema())).isEqualTo(11);
        assertThat(client.register("s-value", Article.getClassSchema())).isEqualTo(11);
        assertThat(client.schemaById(11)).isEqualTo(Article.getClassSchema());
        assertThat(requests).hasSize(1);
    }

    @Test
    void sendsBasicAuthFromUserInfo() {
        then(200, "{\"compatibilityLevel\":\"FULL\"}");
        assertThat(client(Map.of(SchemaRegistryClientConfig.BASIC_AUTH_USER_INFO, "ops:s3cret")).compatibility())
                .isEqualTo(Compatibility.FULL);
        assertThat(requests.get(0).authorization()).isEqualTo("Basic b3BzOnMzY3JldA==");
        assertThat(requests.get(0).path()).isEqualTo(BASE_PATH + "/config");
    }

    @Test
    void readsAndSetsCompatibilityAndTestsASchema() {
        then(200, "{\"compatibility\":\"FULL_TRANSITIVE\"}");
        then(200, "{\"compatibilityLevel\":\"FORWARD\"}");
        then(200, "{\"is_compatible\":false,\"messages\":[\"READER_FIELD_MISSING_DEFAULT_VALUE\"]}");
        final RestSchemaRegistryClient client = client(Map.of());
        client.setCompatibility("news.pages-value", Compatibility.FULL_TRANSITIVE);
        assertThat(client.compatibility("news.pages-value")).isEqualTo(Compatibility.FORWARD);
        final CompatibilityCheck check = client.testCompatibility("news.pages-value", Article.getClassSchema());
        assertThat(check.compatible()).isFalse();
        assertThat(check.messages()).containsExactly("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThat(requests).extracting(Request::method).containsExactly("PUT", "GET", "POST");
        assertThat(requests.get(0).body()).isEqualTo("{\"compatibility\":\"FULL_TRANSITIVE\"}");
        assertThat(requests.get(1).path()).isEqualTo(BASE_PATH + "/config/news.pages-value?defaultToGlobal=true");
        assertThat(requests.get(2).path()).isEqualTo(BASE_PATH + "/compatibility/subjects/news.pages-value/versions/latest?verbose=true");
    }

    @Test
    void looksUpASubjectVersion() {
        then(200, "{\"subject\":\"s-value\",\"version\":2,\"id\":5,\"schema\":\"\\\"string\\\"\"}");
        final RegisteredSchema found = client(Map.of()).lookup("s-value", Schema.create(Schema.Type.STRING));
        assertThat(found).isEqualTo(new RegisteredSchema("s-value", 2, 5, Schema.create(Schema.Type.STRING)));
        assertThat(requests.get(0).path()).isEqualTo(BASE_PATH + "/subjects/s-value");
    }
}
