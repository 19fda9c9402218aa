package org.entente.schemas.serde;

import java.util.Map;
import org.entente.schemas.registry.SchemaRegistryClientConfig;

/**
 * Settings of {@link AvroSerde}; names follow Confluent's serdes, so the same properties work with either.
 * The registry client's own keys (retries, timeouts) are in {@link SchemaRegistryClientConfig}.
 *
 * @param autoRegister register the record's schema on first write (locally convenient; in production register at
 *                     deploy time and set it false)
 * @param useLatest    write with the subject's latest registered schema, converting the record to it
 */
public record AvroSerdeConfig(boolean autoRegister, boolean useLatest) {

    /** Registry base URL(s): {@code http://host:8081[/path]}, or {@code mock://scope} in unit tests. */
    public static final String SCHEMA_REGISTRY_URL = SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL;
    /** {@code user:password} for HTTP basic auth against the registry. */
    public static final String BASIC_AUTH_USER_INFO = SchemaRegistryClientConfig.BASIC_AUTH_USER_INFO;
    /** Register a record's schema when first writing it; default true. */
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    /** Write with the subject's latest version instead of the record's own schema; default false. Wins over auto-register. */
    public static final String USE_LATEST_VERSION = "use.latest.version";

    public static AvroSerdeConfig from(Map<String, ?> config) {
        return new AvroSerdeConfig(bool(config.get(AUTO_REGISTER_SCHEMAS), true), bool(config.get(USE_LATEST_VERSION), false));
    }

    private static boolean bool(Object value, boolean fallback) {
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        return value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString().trim());
    }
}
