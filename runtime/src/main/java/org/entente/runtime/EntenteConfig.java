package org.entente.runtime;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The settings of a process, resolved in this order (later wins): each key's default, a properties file
 * ({@code --config FILE}), then environment variables. Keys are declared once as {@link ConfigKey}s
 * ({@link ConfigKeys} and each service's {@link ServiceDefinition#configKeys()}); docs/configuration.md lists
 * them all.
 *
 * <p>Kafka client settings pass through: {@code kafka.security.protocol=SASL_SSL} in the file, or
 * {@code KAFKA_SECURITY_PROTOCOL} in the environment, reach every producer, consumer, admin and Streams
 * client as {@code security.protocol}. Unprefixed {@code security.protocol}, {@code sasl.*} and
 * {@code ssl.*} keys in the file pass through too.
 */
public final class EntenteConfig {

    private static final List<String> PASS_THROUGH_PREFIXES = List.of("security.", "sasl.", "ssl.");

    private final Map<String, String> file;
    private final Map<String, String> env;

    private EntenteConfig(final Map<String, String> file, final Map<String, String> env) {
        this.file = Map.copyOf(file);
        this.env = Map.copyOf(env);
    }

    /** Defaults, then {@code configFile} when not null, then the process environment. */
    public static EntenteConfig load(final Path configFile) {
        return load(configFile, System.getenv());
    }

    /** Defaults, then {@code configFile} when not null, then {@code environment}. */
    public static EntenteConfig load(final Path configFile, final Map<String, String> environment) {
        return of(configFile == null ? Map.of() : readProperties(configFile), environment);
    }

    /** Defaults and the process environment only. */
    public static EntenteConfig fromEnvironment() {
        return load(null);
    }

    /** From explicit file settings and environment: for tests and embedding. */
    public static EntenteConfig of(final Map<String, String> fileSettings, final Map<String, String> environment) {
        return new EntenteConfig(fileSettings, environment);
    }

    /** This config with {@code key} set as if written in the file (the environment still wins). */
    public EntenteConfig with(final ConfigKey<?> key, final Object value) {
        return with(key.name(), String.valueOf(value));
    }

    /** This config with a raw setting as if written in the file (the environment still wins). */
    public EntenteConfig with(final String name, final String value) {
        final Map<String, String> copy = new HashMap<>(file);
        copy.put(name, value);
        return new EntenteConfig(copy, env);
    }

    /** This config with {@code key} forced, above the environment: local mode pins its own broker and registry. */
    public EntenteConfig overriding(final ConfigKey<?> key, final Object value) {
        final Map<String, String> fileCopy = new HashMap<>(file);
        fileCopy.put(key.name(), String.valueOf(value));
        final Map<String, String> envCopy = new HashMap<>(env);
        envCopy.remove(key.env());
        return new EntenteConfig(fileCopy, envCopy);
    }

    /** The key's value: environment, else file, else default (may be null when the default is null). */
    public <T> T get(final ConfigKey<T> key) {
        final String text = text(key);
        if (text == null) {
            return key.defaultValue();
        }
        try {
            return key.parser().apply(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid value for " + key.name() + " (" + key.env() + "): '" + text
                    + "': " + e.getMessage(), e);
        }
    }

    /** True when the file or the environment sets the key. */
    public boolean isSet(final ConfigKey<?> key) {
        return text(key) != null;
    }

    private String text(final ConfigKey<?> key) {
        final String fromEnv = env.get(key.env());
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        final String fromFile = file.get(key.name());
        return fromFile == null || fromFile.isBlank() ? null : fromFile;
    }

    /**
     * Kafka client settings to add to every client: {@code kafka.*} file keys and {@code KAFKA_*} variables with
     * the prefix removed, plus file keys under {@code security.}, {@code sasl.} and {@code ssl.}.
     */
    public Map<String, String> kafkaClientSettings() {
        final Map<String, String> settings = new TreeMap<>();
        file.forEach((name, value) -> {
            if (name.startsWith(ConfigKeys.KAFKA_PREFIX)) {
                settings.put(name.substring(ConfigKeys.KAFKA_PREFIX.length()), value);
            } else if (PASS_THROUGH_PREFIXES.stream().anyMatch(name::startsWith)) {
                settings.put(name, value);
            }
        });
        env.forEach((variable, value) -> {
            if (variable.startsWith("KAFKA_") && !variable.equals(ConfigKeys.BOOTSTRAP_SERVERS.env())) {
                settings.put(variable.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        settings.put("bootstrap.servers", get(ConfigKeys.BOOTSTRAP_SERVERS));
        return settings;
    }

    /** Settings for {@code Topics.create}: the registry URL, auth, auto-registration and any {@code schema.registry.*} key. */
    public Map<String, Object> serdeConfig() {
        final Map<String, Object> serde = new HashMap<>();
        file.forEach((name, value) -> {
            if (name.startsWith("schema.registry.")) {
                serde.put(name, value);
            }
        });
        serde.put(ConfigKeys.SCHEMA_REGISTRY_URL.name(), get(ConfigKeys.SCHEMA_REGISTRY_URL));
        serde.put(ConfigKeys.AUTO_REGISTER_SCHEMAS.name(), get(ConfigKeys.AUTO_REGISTER_SCHEMAS));
        final String userInfo = get(ConfigKeys.BASIC_AUTH_USER_INFO);
        if (userInfo != null) {
            serde.put(ConfigKeys.BASIC_AUTH_USER_INFO.name(), userInfo);
        }
        return serde;
    }

    private static Map<String, String> readProperties(final Path path) {
        final Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config file " + path, e);
        }
        final Map<String, String> map = new HashMap<>();
        props.stringPropertyNames().forEach(name -> map.put(name.trim(), props.getProperty(name).trim()));
        return map;
    }

    @Override
    public String toString() {
        return "EntenteConfig[bootstrap.servers=" + get(ConfigKeys.BOOTSTRAP_SERVERS)
                + ", schema.registry.url=" + get(ConfigKeys.SCHEMA_REGISTRY_URL) + "]";
    }
}
