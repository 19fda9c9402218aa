package org.entente.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on 127.0.0.1 (allowed only because the tests say so). */
class SafeFetcherTest {

    private HttpServer server;
    private String base;
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        final String path = ex.getRequestURI().getPath();
        paths.add(path);
        userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        switch (path) {
            case "/robots.txt" -> reply(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\nAllow: /private/ok\n");
            case "/article" -> reply(ex, 200, "text/html; charset=utf-8", "<html><body><p>Truce</p></body></html>");
            case "/private/page", "/private/ok" -> reply(ex, 200, "text/html", "<p>hidden</p>");
            case "/big" -> reply(ex, 200, "text/html", "x".repeat(2_000_000));
            case "/big-chunked" -> {
                ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to check up front
                try (OutputStream out = ex.getResponseBody()) {
                    for (int i = 0; i < 40; i++) {
                        out.write("y".repeat(100_000).getBytes(StandardCharsets.US_ASCII));
                    }
                } catch (IOException ignored) {
                    // the client hung up on us, as it should
                }
            }
            case "/bomb" -> {
                final ByteArrayOutputStream gz = new ByteArrayOutputStream();
                try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
                    z.write(new byte[30_000_000]);
                }
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
                reply(ex, 200, "text/html", gz.toByteArray());
            }
            case "/gzipped" -> {
                final ByteArrayOutputStream gz = new ByteArrayOutputStream();
                try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
                    z.write("<p>compressed truce</p>".getBytes(StandardCharsets.UTF_8));
                }
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
                reply(ex, 200, "text/html", gz.toByteArray());
            }
            case "/slow" -> {
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    for (int i = 0; i < 30; i++) {
                        out.write('z');
                        out.flush();
                        Thread.sleep(200);
                    }
                } catch (IOException | InterruptedException ignored) {
                    // the client gave up
                }
            }
            case "/loop" -> redirect(ex, "/loop");
            case "/hop" -> redirect(ex, "/article");
            case "/to-file" -> redirect(ex, "file:///etc/passwd");
            case "/to-metadata" -> redirect(ex, "http://169.254.169.254/latest/meta-data/");
            case "/missing" -> reply(ex, 404, "text/html", "<p>no</p>");
            default -> reply(ex, 404, "text/plain", "");
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
        reply(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException ignored) {
            // the client refused the rest
        }
    }

    private SafeFetcher localFetcher() {
        return new SafeFetcher(FetcherSettings.defaults().withAllowPrivate(true).withMaxBytes(1_000_000, 5_000_000)
                .withReadTimeout(Duration.ofSeconds(2)));
    }

    private static FetchRefusedException.Reason reason(Throwable t) {
        return ((FetchRefusedException) t).reason();
    }

    @Test
    void fetchesAPageNamingEntenteInItsUserAgent() throws IOException {
        try (SafeFetcher f = localFetcher()) {
            final SafeFetcher.Response r = f.fetch(base + "/article");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("Truce");
        }
        assertThat(userAgents).isNotEmpty().allSatisfy(ua -> assertThat(ua).startsWith("Entente/"));
    }

    @Test
    void honoursRobotsTxt() throws IOException {
        try (SafeFetcher f = localFetcher()) {
            assertThatThrownBy(() -> f.fetch(base + "/private/page")).satisfies(e ->
                    assertThat(reason(e)).isEqualTo(FetchRefusedException.Reason.ROBOTS));
            assertThat(f.fetch(base + "/private/ok").status()).isEqualTo(200);
        }
        assertThat(paths).doesNotContain("/private/page").containsOnlyOnce("/robots.txt");
    }

    @Test
    void refusesLoopbackPrivateLinkLocalAndMetadataAddressesUnlessAllowed() throws IOException {
        try (SafeFetcher f = new SafeFetcher(FetcherSettings.defaults())) {
            for (String url : List.of(base + "/article", "http://localhost:1/", "http://10.1.2.3/", "http://192.168.0.1/",
                    "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
                    "http://metadata.google.internal/", "http://100.64.0.1/", "http://0.0.0.0/")) {
                assertThatThrownBy(() -> f.fetch(url)).as(url).satisfies(e ->
                        assertThat(reason(e)).isEqualTo(FetchRefusedException.Reason.PRIVATE_ADDRESS));
            }
        }
        assertThat(paths).isEmpty(); // refused before connecting
    }

    @Test
    void refusesSchemesOtherThanHttpAndHttps() throws IOException {
        try (SafeFetcher f = localFetcher()) {
            for (String url : List.of("file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/", "jar:file:/x!/y")) {
                assertThatThrownBy(() -> f.fetch(url)).as(url).satisfies(e ->
                        assertThat(reason(e)).isIn(FetchRefusedException.Reason.BAD_SCHEME, FetchRefusedException.Reason.BAD_URL));
            }
        }
    }

    @Test
    void checksEveryRedirectHopAndLimitsTheirNumber() throws IOException {
        try (SafeFetcher f = localFetcher()) {
            final SafeFetcher.Response r = f.fetch(base + "/hop");
            assertThat(r.url()).isEqualTo(base + "/article");
            assertThatThrownBy(() -> f.fetch(base + "/loop")).satisfies(e ->
                    assertThat(reason(e)).isEqualTo(FetchRefusedException.Reason.TOO_MANY_REDIRECTS));
            assertThatThrownBy(() -> f.fetch(base + "/to-file")).satisfies(e ->
                    assertThat(reason(e)).isEqualTo(FetchRefusedException.Reason.BAD_SCHEME));
        }
        // A public-only fetcher must refuse a hop to the metadata address even when the first URL was allowed.
        final FetcherSettings publicOnly = FetcherSettings.defaults();
        assertThatThrownBy(() -> AddressPolicy.check("169.254.169.254", publicOnly.allowPrivate())).satisfies(e ->
                assertThat(reason(e)).isEqualTo(FetchRefusedException.Reason.PRIVATE_ADDRESS));
    }

    @Test
    void rejectsBodiesOverTheCapRatherThanTruncatingThem() throws IOException {
        try (SafeFetcher f = localFetcher()) {
            assertThatThrownBy(() -> f.fetch(base + "/big")).satisfies(e ->
                    assertThat(reason(e)).isEqualTo(FetchRefusedException.Reason.TOO_LARGE));
            assertThatThrownBy(() -> f.fetch(base + "/big-chunked")).satisfies(e ->
                    assertThat(reason(e)).isEqualTo(FetchRefusedException.Reason.TOO_LARGE));
        }
    }

    @Test
    void inflatesCompressedBodiesWithinTheDecompressionCap() throws IOException {
        try (SafeFetcher f = localFetcher()) {
            assertThat(new String(f.fetch(base + "/gzipped").body(), StandardCharsets.UTF_8)).isEqualTo("<p>compressed truce</p>");
            assertThatThrownBy(() -> f.fetch(base + "/bomb")).satisfies(e ->
                    assertThat(reason(e)).isEqualTo(FetchRefusedException.Reason.INFLATE_CAP));
        }
    }

    @Test
    void givesUpOnABodyThatTricklesPastTheReadTimeout() throws IOException {
        try (SafeFetcher f = localFetcher()) {
            final long start = System.nanoTime();
            assertThatThrownBy(() -> f.fetch(base + "/slow")).satisfies(e ->
                    assertThat(reason(e)).isIn(FetchRefusedException.Reason.TIMEOUT, FetchRefusedException.Reason.IO));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void reportsHttpErrors() throws IOException {
        try (SafeFetcher f = localFetcher()) {
            assertThatThrownBy(() -> f.fetch(base + "/missing")).satisfies(e ->
                    assertThat(reason(e)).isEqualTo(FetchRefusedException.Reason.HTTP_STATUS));
        }
    }
}
