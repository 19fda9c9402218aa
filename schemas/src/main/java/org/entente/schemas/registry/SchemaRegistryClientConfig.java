package org.entente.schemas.registry;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Settings of the REST client. Key names follow Confluent's client, so one properties file serves both.
 *
 * @param urls         base URLs, each possibly with a path (Apicurio: {@code http://host:8080/apis/ccompat/v7})
 * @param userInfo     {@code user:password} for HTTP basic auth, or null
 * @param maxRetries   retries after the first attempt on 408, 429, 5xx and connection failures
 * @param retryWait    wait before the first retry; doubles each retry
 * @param retryMaxWait longest wait between retries
 * @param timeout      connect and request timeout
 */
public record SchemaRegistryClientConfig(List<URI> urls, String userInfo, int maxRetries, Duration retryWait,
                                         Duration retryMaxWait, Duration timeout) {

    /** Base URL(s), comma-separated: {@code http://host:8081}, or {@code mock://scope} for unit tests. */
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    /** {@code user:password} for basic auth (also taken from the URL's user-info part). */
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    /** Retries after the first attempt; default 3. */
    public static final String MAX_RETRIES = "max.retries";
    /** First retry wait in ms, doubled each retry; default 200. */
    public static final String RETRIES_WAIT_MS = "retries.wait.ms";
    /** Longest retry wait in ms; default 5000. */
    public static final String RETRIES_MAX_WAIT_MS = "retries.max.wait.ms";
    /** Connect and request timeout in ms; default 10000. */
    public static final String HTTP_TIMEOUT_MS = "http.timeout.ms";
    /** Every key is also read with this prefix ({@code schema.registry.max.retries}), as service configs pass them. */
    public static final String PREFIX = "schema.registry.";

    public SchemaRegistryClientConfig {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one registry URL is required");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException(MAX_RETRIES + " must not be negative");
        }
    }

    public static SchemaRegistryClientConfig forUrl(String url) {
        return from(Map.of(SCHEMA_REGISTRY_URL, url));
    }

    public static SchemaRegistryClientConfig from(Map<String, ?> config) {
        final Object urlValue = config.get(SCHEMA_REGISTRY_URL);
        if (urlValue == null) {
            throw new IllegalArgumentException("Missing " + SCHEMA_REGISTRY_URL);
        }
        final List<URI> urls = new ArrayList<>();
        String userInfo = text(value(config, BASIC_AUTH_USER_INFO));
        for (final String part : urlValue.toString().split(",")) {
            if (part.isBlank()) {
                continue;
            }
            final URI uri = URI.create(part.trim());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException(SCHEMA_REGISTRY_URL + " must be http(s)://…: " + part.trim());
            }
            if (uri.getUserInfo() != null && userInfo == null) {
                userInfo = uri.getUserInfo();
            }
            final String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            urls.add(URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path));
        }
        return new SchemaRegistryClientConfig(urls, userInfo,
                integer(value(config, MAX_RETRIES), 3),
                Duration.ofMillis(integer(value(config, RETRIES_WAIT_MS), 200)),
                Duration.ofMillis(integer(value(config, RETRIES_MAX_WAIT_MS), 5000)),
                Duration.ofMillis(integer(value(config, HTTP_TIMEOUT_MS), 10_000)));
    }

    private static Object value(Map<String, ?> config, String key) {
        final Object plain = config.get(key);
        return plain != null ? plain : config.get(PREFIX + key);
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static int integer(Object value, int fallback) {
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        return value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString().trim());
    }
}
