package org.entente.alerts.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts HTTP API and the dashboard:
 * <ul>
 *   <li>{@code GET /alerts}: current alerts, newest first, filtered by {@link AlertFilter};</li>
 *   <li>{@code GET /alerts/{id}}: one alert, from the instance that owns it;</li>
 *   <li>{@code GET /alerts/stream}: server-sent events, one {@code alert} event per change, resumable with
 *       {@code Last-Event-ID} ({@link RecentChanges});</li>
 *   <li>{@code GET /}: the live dashboard (static HTML and JavaScript from {@code dashboard/}).</li>
 * </ul>
 * {@code scope=local} on the first two answers from this instance's store only (used between instances).
 */
public final class AlertsApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertsApi.class);
    private static final long KEEP_ALIVE_MS = 15_000;
    private static final Map<String, String> ASSETS = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8");
    /** Scripts and styles only from this origin: even a missed escape could not run injected code. */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final AlertQueries queries;
    private final RecentChanges changes;
    private volatile boolean closed;
    /** Streams being served; close() waits for them so that none outlives the HTTP server. */
    private final AtomicInteger openStreams = new AtomicInteger();

    public AlertsApi(final AlertQueries queries, final RecentChanges changes) {
        this.queries = queries;
        this.changes = changes;
    }

    /** Adds the routes; the stream route comes before {@code /alerts/{id}} so that "stream" is not read as an id. */
    public void register(final RoutesConfig routes) {
        routes.sse("/alerts/stream", this::stream);
        routes.get("/alerts", this::list);
        routes.get("/alerts/{id}", this::one);
        routes.get("/", ctx -> asset(ctx, "index.html", "text/html; charset=utf-8"));
        routes.get("/dashboard/{file}", ctx -> {
            final String file = ctx.pathParam("file");
            final String type = ASSETS.get(file);
            if (type == null) {
                ctx.status(404).result("not found");
            } else {
                asset(ctx, file, type);
            }
        });
        routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        routes.exception(InvalidStateStoreException.class, (e, ctx) -> {
            ctx.header("Retry-After", "2");
            error(ctx, 503, "alerts store not ready: " + e.getMessage());
        });
        routes.exception(AlertQueries.Unavailable.class, (e, ctx) -> error(ctx, 502, e.getMessage()));
    }

    private void list(final Context ctx) {
        final AlertFilter filter = AlertFilter.parse(ctx::queryParam);
        final boolean local = "local".equals(ctx.queryParam("scope"));
        final List<AlertView> alerts = local ? queries.local() : queries.all();
        json(ctx, 200, filter.apply(alerts));
    }

    private void one(final Context ctx) {
        final String id = ctx.pathParam("id");
        final boolean local = "local".equals(ctx.queryParam("scope"));
        queries.one(id, local).ifPresentOrElse(a -> json(ctx, 200, a), () -> error(ctx, 404, "no alert " + id));
    }

    /** Holds the request's thread while the client listens: backlog, then live changes, with keep-alive comments. */
    private void stream(final SseClient client) {
        String lastEventId = client.ctx().header("Last-Event-ID");
        if (lastEventId == null) {
            lastEventId = client.ctx().queryParam("lastEventId");
        }
        final RecentChanges.Subscription sub = changes.subscribe(lastEventId);
        openStreams.incrementAndGet();
        try {
            client.ctx().header("Cache-Control", "no-cache");
            if (sub.gap()) {
                client.sendEvent("reset", "{\"reason\":\"changes after your Last-Event-ID are no longer held\"}");
            }
            client.sendComment("connected");
            long lastWrite = System.currentTimeMillis();
            while (!closed && !client.terminated()) {
                final RecentChanges.Change change = sub.queue().poll(250, TimeUnit.MILLISECONDS);
                if (change != null) {
                    client.sendEvent("alert", change.json(), change.position());
                    lastWrite = System.currentTimeMillis();
                } else if (sub.overflowed()) {
                    break; // too slow: close, the client reconnects with its Last-Event-ID and resumes
                } else if (System.currentTimeMillis() - lastWrite > KEEP_ALIVE_MS) {
                    client.sendComment("keep-alive");
                    lastWrite = System.currentTimeMillis();
                }
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (final RuntimeException e) {
            LOG.debug("SSE client gone: {}", e.toString());
        } finally {
            changes.unsubscribe(sub);
            openStreams.decrementAndGet();
        }
    }

    private static void asset(final Context ctx, final String file, final String contentType) {
        try (InputStream in = AlertsApi.class.getResourceAsStream("/dashboard/" + file)) {
            if (in == null) {
                ctx.status(404).result("not found");
                return;
            }
            ctx.header("Content-Security-Policy", CSP).header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "no-cache").contentType(contentType).result(in.readAllBytes());
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(final Context ctx, final int status, final Object body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(body));
    }

    private static void error(final Context ctx, final int status, final String message) {
        json(ctx, status, Map.of("error", message == null ? "" : message));
    }

    /** Ends every open stream and waits (up to 3 s) until their handlers have returned. */
    @Override
    public void close() {
        closed = true;
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (openStreams.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
