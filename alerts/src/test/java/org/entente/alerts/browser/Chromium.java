package org.entente.alerts.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket, with the JDK's HttpClient): open a page,
 * evaluate JavaScript in it, take a screenshot. Uses Debian's {@code chromium} (or {@code CHROMIUM_BIN}).
 */
public final class Chromium implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> output = new ArrayList<>();

    /** The Chromium binary: {@code CHROMIUM_BIN}, else chromium / chromium-browser / google-chrome on the PATH. */
    public static Optional<Path> binary() {
        final String configured = System.getenv("CHROMIUM_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        final String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(path.split(":")).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }

    public static Chromium launch(final Path binary) throws IOException, InterruptedException {
        return new Chromium(binary);
    }

    private Chromium(final Path binary) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("entente-chromium-");
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "--remote-allow-origins=*", "about:blank")
                .redirectErrorStream(true).start();
        final CompletableFuture<String> endpoint = new CompletableFuture<>();
        final Thread reader = new Thread(() -> readOutput(endpoint), "chromium-output");
        reader.setDaemon(true);
        reader.start();
        final String ws;
        try {
            ws = endpoint.get(60, TimeUnit.SECONDS);
        } catch (final Exception e) {
            close();
            throw new IOException("Chromium did not open its DevTools endpoint: " + output, e);
        }
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(ws), new Listener()).join();
    }

    private void readOutput(final CompletableFuture<String> endpoint) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (output) {
                    if (output.size() < 200) {
                        output.add(line);
                    }
                }
                final Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    endpoint.complete(m.group(1));
                }
            }
        } catch (final IOException e) {
            endpoint.completeExceptionally(e);
        }
        endpoint.completeExceptionally(new IOException("Chromium exited"));
    }

    /** Sends a DevTools command (to a page when sessionId is set) and waits for its result. */
    JsonNode send(final String sessionId, final String method, final Map<String, ?> params) {
        final int id = ids.incrementAndGet();
        final ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        final CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        synchronized (socket) {
            socket.sendText(message.toString(), true).join();
        }
        try {
            final JsonNode response = reply.get(60, TimeUnit.SECONDS);
            if (response.has("error")) {
                throw new IllegalStateException(method + ": " + response.get("error"));
            }
            return response.path("result");
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (final java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        } finally {
            pending.remove(id);
        }
    }

    /** Opens a new tab on {@code url} with the given viewport. */
    public Page open(final String url, final int width, final int height) {
        final String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        final String session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId").asText();
        final Page page = new Page(session);
        send(session, "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        send(session, "Page.enable", Map.of());
        send(session, "Page.navigate", Map.of("url", url));
        return page;
    }

    /** A tab. */
    public final class Page {
        private final String session;

        private Page(final String session) {
            this.session = session;
        }

        /** Evaluates an expression in the page and returns its value (JSON). */
        public JsonNode evaluate(final String expression) {
            final JsonNode result = send(session, "Runtime.evaluate",
                    Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
            if (result.has("exceptionDetails")) {
                throw new IllegalStateException("page error: " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /** Polls {@code expression} until {@code accept} holds; returns the last value. */
        public JsonNode await(final String expression, final Predicate<JsonNode> accept, final Duration timeout)
                throws InterruptedException {
            final long deadline = System.nanoTime() + timeout.toNanos();
            JsonNode value = evaluate(expression);
            while (!accept.test(value) && System.nanoTime() < deadline) {
                Thread.sleep(100);
                value = evaluate(expression);
            }
            if (!accept.test(value)) {
                throw new AssertionError("timed out waiting for " + expression + "; last value " + value);
            }
            return value;
        }

        public void screenshot(final Path file) throws IOException {
            final String data = send(session, "Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(data));
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence data, final boolean last) {
            partial.append(data);
            if (last) {
                final String text = partial.toString();
                partial.setLength(0);
                try {
                    final JsonNode message = JSON.readTree(text);
                    if (message.has("id")) {
                        final CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    }
                } catch (final IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                try {
                    socket.sendText("{\"id\":0,\"method\":\"Browser.close\"}", true).get(5, TimeUnit.SECONDS);
                    process.waitFor(5, TimeUnit.SECONDS);
                } catch (final Exception ignored) {
                    // already gone; destroyed below
                }
                socket.abort();
            }
        } finally {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (final IOException ignored) {
                // a temp dir left behind is harmless
            }
        }
    }
}
