package org.entente.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Fetches pages from the open web without letting the web hurt us: http and https only; every URL, and every
 * redirect hop, resolved and refused when it points at loopback, private, link-local or metadata addresses
 * (unless allowed); robots.txt honoured per host; connect and read timeouts (a watchdog closes a body that trickles
 * past the deadline); a size cap that rejects rather than truncates, checked on Content-Length and while reading;
 * a decompression cap; a redirect limit; a User-Agent naming Entente. Thread-safe.
 */
public final class SafeFetcher implements AutoCloseable {

    /** A response: the final URL after redirects, status, headers worth keeping, and the body, inflated. */
    public record Response(String url, int status, String contentType, Map<String, String> headers, byte[] body,
                           Instant fetchedAt) {}

    private static final int MAX_ROBOTS_BYTES = 512 * 1024;

    private final FetcherSettings settings;
    private final HttpClient client;
    private final ScheduledExecutorService watchdog;
    private final Map<String, RobotsTxt> robots = new ConcurrentHashMap<>();
    private final Clock clock;

    public SafeFetcher(FetcherSettings settings) {
        this(settings, Clock.systemUTC());
    }

    SafeFetcher(FetcherSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            final Thread t = new Thread(r, "fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    public Response fetch(String url) throws IOException {
        return fetch(url, Map.of());
    }

    /** GET with extra request headers (If-None-Match, If-Modified-Since); a 304 comes back with an empty body. */
    public Response fetch(String url, Map<String, String> requestHeaders) throws IOException {
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            checkAllowed(uri);
            final HttpResponse<InputStream> r = send(uri, requestHeaders);
            final int status = r.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                r.body().close();
                if (hop >= settings.maxRedirects()) {
                    throw new FetchRefusedException(FetchRefusedException.Reason.TOO_MANY_REDIRECTS,
                            "more than " + settings.maxRedirects() + " redirects from " + url);
                }
                final String location = r.headers().firstValue("Location").orElseThrow(() ->
                        new FetchRefusedException(FetchRefusedException.Reason.HTTP_STATUS, status + " without Location"));
                uri = parse(uri.resolve(location.strip()).toString());
                continue;
            }
            if (status == 304) {
                r.body().close();
                return new Response(uri.toString(), status, null, kept(r.headers()), new byte[0], clock.instant());
            }
            if (status < 200 || status >= 300) {
                r.body().close();
                throw new FetchRefusedException(FetchRefusedException.Reason.HTTP_STATUS, status + " from " + uri);
            }
            final byte[] body = readBody(r);
            return new Response(uri.toString(), status, r.headers().firstValue("Content-Type").orElse(null),
                    kept(r.headers()), body, clock.instant());
        }
    }

    private static URI parse(String url) throws FetchRefusedException {
        final URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchRefusedException(FetchRefusedException.Reason.BAD_URL, url);
        }
        final String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefusedException(FetchRefusedException.Reason.BAD_SCHEME, "only http and https: " + url);
        }
        if (uri.getHost() == null) {
            throw new FetchRefusedException(FetchRefusedException.Reason.BAD_URL, "no host in " + url);
        }
        return uri;
    }

    private void checkAllowed(URI uri) throws IOException {
        AddressPolicy.check(uri.getHost(), settings.allowPrivate());
        if (settings.obeyRobots() && !robotsFor(uri).allows(pathAndQuery(uri))) {
            throw new FetchRefusedException(FetchRefusedException.Reason.ROBOTS, "robots.txt disallows " + uri);
        }
    }

    private static String pathAndQuery(URI uri) {
        final String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private RobotsTxt robotsFor(URI uri) {
        final String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
        return robots.computeIfAbsent(origin, o -> {
            try {
                final URI robotsUri = URI.create(o + "/robots.txt");
                final HttpResponse<InputStream> r = send(robotsUri, Map.of());
                if (r.statusCode() >= 400 && r.statusCode() < 500) {
                    r.body().close();
                    return RobotsTxt.ALLOW_ALL; // no robots.txt: everything allowed (RFC 9309)
                }
                if (r.statusCode() != 200) {
                    r.body().close();
                    return RobotsTxt.parse("User-agent: *\nDisallow: /", "entente"); // unreachable: assume disallowed
                }
                final byte[] body = readCapped(r.body(), MAX_ROBOTS_BYTES, FetchRefusedException.Reason.TOO_LARGE);
                return RobotsTxt.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8), "entente");
            } catch (IOException e) {
                return RobotsTxt.parse("User-agent: *\nDisallow: /", "entente");
            }
        });
    }

    private HttpResponse<InputStream> send(URI uri, Map<String, String> headers) throws IOException {
        final HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
                .header("Accept-Encoding", "gzip, deflate");
        headers.forEach(b::header);
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchRefusedException(FetchRefusedException.Reason.TIMEOUT, uri + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchRefusedException(FetchRefusedException.Reason.IO, "interrupted");
        } catch (IOException e) {
            throw new FetchRefusedException(FetchRefusedException.Reason.IO, uri + ": " + e);
        }
    }

    private byte[] readBody(HttpResponse<InputStream> r) throws IOException {
        final long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > settings.maxBytes()) {
            r.body().close();
            throw new FetchRefusedException(FetchRefusedException.Reason.TOO_LARGE,
                    "Content-Length " + declared + " over the cap of " + settings.maxBytes());
        }
        final InputStream raw = r.body();
        final ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            try {
                raw.close();
            } catch (IOException ignored) {
                // closing is all we can do
            }
        }, settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        final long start = System.nanoTime();
        try {
            final byte[] wire = readCapped(raw, settings.maxBytes(), FetchRefusedException.Reason.TOO_LARGE);
            final String encoding = r.headers().firstValue("Content-Encoding").orElse("identity").toLowerCase(Locale.ROOT).strip();
            return switch (encoding) {
                case "gzip", "x-gzip" -> readCapped(new GZIPInputStream(new java.io.ByteArrayInputStream(wire)),
                        settings.maxInflatedBytes(), FetchRefusedException.Reason.INFLATE_CAP);
                case "deflate" -> readCapped(new InflaterInputStream(new java.io.ByteArrayInputStream(wire)),
                        settings.maxInflatedBytes(), FetchRefusedException.Reason.INFLATE_CAP);
                default -> wire;
            };
        } catch (FetchRefusedException e) {
            throw e;
        } catch (IOException e) {
            if (System.nanoTime() - start >= settings.readTimeout().toNanos()) {
                throw new FetchRefusedException(FetchRefusedException.Reason.TIMEOUT, "body not read within " + settings.readTimeout());
            }
            throw new FetchRefusedException(FetchRefusedException.Reason.IO, e.toString());
        } finally {
            deadline.cancel(false);
            raw.close();
        }
    }

    private static byte[] readCapped(InputStream in, int cap, FetchRefusedException.Reason reason) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final byte[] buf = new byte[32 * 1024];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            if (out.size() + n > cap) {
                in.close();
                throw new FetchRefusedException(reason, "body over the cap of " + cap + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static Map<String, String> kept(HttpHeaders headers) {
        final Map<String, String> out = new LinkedHashMap<>();
        for (String name : new String[] {"ETag", "Last-Modified", "Content-Language", "Date"}) {
            headers.firstValue(name).ifPresent(v -> out.put(name, v));
        }
        return out;
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
