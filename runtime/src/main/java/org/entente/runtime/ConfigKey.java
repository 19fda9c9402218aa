package org.entente.runtime;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One configuration setting, declared once as a typed constant with its default and documentation.
 * The environment variable that overrides it is {@code ENTENTE_<KEY>} (upper case, dots and dashes as
 * underscores) unless the key names another one, as {@code KAFKA_BOOTSTRAP_SERVERS} does.
 *
 * @param name         the properties-file key, e.g. {@code http.port}
 * @param parser       turns the text form into the value
 * @param defaultValue the value when nothing sets it; null for "unset"
 * @param env          the environment variable that overrides files
 * @param doc          one sentence for docs/configuration.md
 */
public record ConfigKey<T>(String name, Function<String, T> parser, T defaultValue, String env, String doc) {

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(doc, "doc");
    }

    public static ConfigKey<String> string(final String name, final String defaultValue, final String doc) {
        return new ConfigKey<>(name, Function.identity(), defaultValue, envName(name), doc);
    }

    public static ConfigKey<Integer> integer(final String name, final Integer defaultValue, final String doc) {
        return new ConfigKey<>(name, text -> Integer.valueOf(text.trim()), defaultValue, envName(name), doc);
    }

    public static ConfigKey<Long> longValue(final String name, final Long defaultValue, final String doc) {
        return new ConfigKey<>(name, text -> Long.valueOf(text.trim()), defaultValue, envName(name), doc);
    }

    public static ConfigKey<Boolean> bool(final String name, final Boolean defaultValue, final String doc) {
        return new ConfigKey<>(name, ConfigKey::parseBoolean, defaultValue, envName(name), doc);
    }

    /** The same key read from another environment variable (for names fixed by convention). */
    public ConfigKey<T> withEnv(final String variable) {
        return new ConfigKey<>(name, parser, defaultValue, variable, doc);
    }

    /** {@code http.port} → {@code ENTENTE_HTTP_PORT}. */
    public static String envName(final String key) {
        return "ENTENTE_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The default as it appears in docs; empty when unset. */
    public String defaultText() {
        return defaultValue == null ? "" : String.valueOf(defaultValue);
    }

    private static Boolean parseBoolean(final String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> Boolean.TRUE;
            case "false", "no", "0", "off" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean: " + text);
        };
    }
}
