package org.entente.ingest.feed;

import java.time.Duration;

/**
 * Limits of the {@link SafeFetcher}.
 *
 * @param connectTimeout   TCP connect timeout
 * @param readTimeout      time allowed for the whole response (headers and body)
 * @param maxBytes         a body larger than this (on the wire) is refused, not truncated
 * @param maxInflatedBytes a compressed body may inflate to at most this
 * @param maxRedirects     redirects followed; each hop is checked like the first URL
 * @param allowPrivate     allow loopback, private, link-local and metadata addresses (tests, local runs)
 * @param obeyRobots       honour robots.txt
 * @param userAgent        sent with every request
 */
public record FetcherSettings(Duration connectTimeout, Duration readTimeout, int maxBytes, int maxInflatedBytes,
                              int maxRedirects, boolean allowPrivate, boolean obeyRobots, String userAgent) {

    public static final String USER_AGENT = "Entente/0.1 (news ingest; +https://github.com/entente/entente)";

    public static FetcherSettings defaults() {
        return new FetcherSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 10 * 1024 * 1024,
                20 * 1024 * 1024, 5, false, true, USER_AGENT);
    }

    public FetcherSettings withAllowPrivate(boolean allow) {
        return new FetcherSettings(connectTimeout, readTimeout, maxBytes, maxInflatedBytes, maxRedirects, allow, obeyRobots, userAgent);
    }

    public FetcherSettings withReadTimeout(Duration d) {
        return new FetcherSettings(connectTimeout, d, maxBytes, maxInflatedBytes, maxRedirects, allowPrivate, obeyRobots, userAgent);
    }

    public FetcherSettings withMaxBytes(int max, int maxInflated) {
        return new FetcherSettings(connectTimeout, readTimeout, max, maxInflated, maxRedirects, allowPrivate, obeyRobots, userAgent);
    }
}
