package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.runtime.ConfigKey;
import org.entente.runtime.ConfigKeys;
import org.entente.runtime.ServiceDefinition;
import org.entente.runtime.ServiceDefinitions;
import org.entente.schemas.Topic;
import org.entente.schemas.Topics;
import org.entente.schemas.registry.MockSchemaRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Holds docker-compose.yml to the code: the topics it creates are exactly {@link Topics#all()} with the same
 * partitions, cleanup policy and retention; each service runs a real command, reaches the broker and registry on
 * the addresses they advertise, sets only settings the code reads, and is health-checked on its own HTTP port;
 * every setting the code reads is set there or documented in docs/operations.md (or docs/configuration.md).
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern CREATE = Pattern.compile("^\\s*create\\s+(\\S+)\\s+(\\d+)\\s+(delete|compact)\\s+(\\d+|-)\\s*$",
            Pattern.MULTILINE);
    private static final String SCOPE = "docker-compose-test";

    private final JsonNode compose = read();
    private final JsonNode services = compose.get("services");

    private static JsonNode read() {
        try {
            return YAML.readTree(ROOT.resolve("docker-compose.yml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read docker-compose.yml", e);
        }
    }

    @AfterAll
    static void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    private record Created(String name, int partitions, String cleanupPolicy, String retentionMs) {
    }

    @Test
    void createsEveryTopicTheCodeUsesWithItsPartitionsPolicyAndRetention() {
        final String script = services.get("topics").get("command").get(0).asText();
        final List<Created> created = new ArrayList<>();
        final Matcher m = CREATE.matcher(script);
        while (m.find()) {
            created.add(new Created(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4)));
        }
        final List<Created> expected = Topics.create(Map.of("schema.registry.url", "mock://" + SCOPE)).all().stream()
                .map(DockerComposeTest::created).toList();
        assertThat(created).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Created created(Topic<?, ?> topic) {
        return new Created(topic.name(), topic.partitions(), topic.cleanupPolicy(),
                topic.topicConfig().getOrDefault("retention.ms", "-"));
    }

    @Test
    void runsEachServiceOfTheCodebaseWithItsOwnCommand() {
        final Map<String, String> commandByService = ententeServices();
        assertThat(commandByService.values()).containsExactlyInAnyOrderElementsOf(Topics.SERVICES);
        for (final ServiceDefinition service : ServiceDefinitions.discover()) {
            assertThat(commandByService).as("compose service running %s", service.name()).containsValue(service.name());
        }
    }

    @Test
    void pointsServicesAtTheAddressesTheBrokerAndRegistryAdvertise() {
        final JsonNode kafkaEnv = services.get("kafka").get("environment");
        final String advertised = kafkaEnv.get("KAFKA_ADVERTISED_LISTENERS").asText();
        final String registryListener = services.get("schema-registry").get("environment").get("SCHEMA_REGISTRY_LISTENERS").asText();
        final int registryPort = URI.create(registryListener).getPort();
        for (final String name : ententeServices().keySet()) {
            final JsonNode env = services.get(name).get("environment");
            final String bootstrap = env.get("KAFKA_BOOTSTRAP_SERVERS").asText();
            assertThat(advertised).as("%s bootstrap %s is advertised by kafka", name, bootstrap).contains("://" + bootstrap);
            final URI registry = URI.create(env.get("SCHEMA_REGISTRY_URL").asText());
            assertThat(registry.getHost()).isEqualTo("schema-registry");
            assertThat(registry.getPort()).isEqualTo(registryPort);
            assertThat(services.get("topics").get("environment").get("BOOTSTRAP_SERVERS").asText()).isEqualTo(bootstrap);
        }
    }

    @Test
    void setsOnlySettingsTheCodeReads() {
        final Set<String> known = new HashSet<>();
        allKeys().forEach(key -> known.add(key.env()));
        for (final String name : ententeServices().keySet()) {
            services.get(name).get("environment").fieldNames().forEachRemaining(variable ->
                    assertThat(known.contains(variable) || variable.startsWith("KAFKA_"))
                            .as("%s sets %s, which no ConfigKey reads", name, variable).isTrue());
        }
    }

    @Test
    void setsOrDocumentsEverySettingTheCodeReads() throws IOException {
        final Path configuration = ROOT.resolve("docs/configuration.md");
        final String operations = Files.readString(ROOT.resolve("docs/operations.md"), StandardCharsets.UTF_8)
                + (Files.exists(configuration) ? Files.readString(configuration, StandardCharsets.UTF_8) : "");
        final Set<String> set = new HashSet<>();
        ententeServices().keySet().forEach(name -> services.get(name).get("environment").fieldNames().forEachRemaining(set::add));
        final List<String> missing = allKeys().stream().map(ConfigKey::env)
                .filter(env -> !set.contains(env) && !operations.contains(env)).toList();
        assertThat(missing).as("settings neither set in docker-compose.yml nor documented in docs/operations.md or docs/configuration.md").isEmpty();
    }

    @Test
    void healthChecksEachServiceOnItsHttpPortAndPublishesTheAlertsPort() {
        for (final Map.Entry<String, String> service : ententeServices().entrySet()) {
            final JsonNode env = services.get(service.getKey()).get("environment");
            final int port = env.has(ConfigKeys.HTTP_PORT.env()) ? env.get(ConfigKeys.HTTP_PORT.env()).asInt()
                    : ConfigKeys.httpPortOf(service.getValue()).defaultValue();
            final String check = services.get(service.getKey()).get("healthcheck").get("test").toString();
            assertThat(check).as("healthcheck of %s", service.getKey()).contains("localhost:" + port + "/health/");
            if (service.getValue().equals("alerts")) {
                assertThat(services.get(service.getKey()).get("ports").toString()).contains(":" + port + "\"");
            }
        }
    }

    @Test
    void givesServicesLongerToStopThanKafkaStreamsTakesToClose() {
        for (final String name : ententeServices().keySet()) {
            final JsonNode env = services.get(name).get("environment");
            final long closeMs = env.has(ConfigKeys.CLOSE_TIMEOUT_MS.env()) ? env.get(ConfigKeys.CLOSE_TIMEOUT_MS.env()).asLong()
                    : ConfigKeys.CLOSE_TIMEOUT_MS.defaultValue();
            final Duration grace = Duration.ofSeconds(Long.parseLong(services.get(name).get("stop_grace_period").asText().replace("s", "")));
            assertThat(grace.toMillis()).as("stop_grace_period of %s", name).isGreaterThan(closeMs);
        }
    }

    @Test
    void startsServicesOnlyOnceBrokerRegistryAndTopicsAreReady() {
        for (final String name : ententeServices().keySet()) {
            final JsonNode dependsOn = services.get(name).get("depends_on");
            assertThat(dependsOn.get("schema-registry").get("condition").asText()).isEqualTo("service_healthy");
            assertThat(dependsOn.get("topics").get("condition").asText()).isEqualTo("service_completed_successfully");
        }
        assertThat(services.get("topics").get("depends_on").get("kafka").get("condition").asText()).isEqualTo("service_healthy");
    }

    @Test
    void registersTheSchemasOnceBeforeServicesThatDoNotRegisterThemselves() {
        final JsonNode schemas = services.get("schemas");
        assertThat(schemas.get("command").get(0).asText()).isEqualTo("register-schemas");
        assertThat(Entente.commandLine().getSubcommands()).containsKey("register-schemas");
        assertThat(schemas.get("environment").get("SCHEMA_REGISTRY_URL").asText())
                .isEqualTo(services.get("ingest").get("environment").get("SCHEMA_REGISTRY_URL").asText());
        for (final String name : ententeServices().keySet()) {
            assertThat(services.get(name).get("depends_on").get("schemas").get("condition").asText())
                    .isEqualTo("service_completed_successfully");
            assertThat(services.get(name).get("environment").get(ConfigKeys.AUTO_REGISTER_SCHEMAS.env()).asText()).isEqualTo("false");
        }
    }

    @Test
    void dockerfileCopiesEveryModulePomBeforeTheSourcesSoDependenciesAreCached() throws IOException {
        final String parent = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        final String dockerfile = Files.readString(ROOT.resolve("Dockerfile"), StandardCharsets.UTF_8);
        final Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(parent);
        final List<String> modules = new ArrayList<>();
        while (module.find()) {
            modules.add(module.group(1));
        }
        assertThat(modules).isNotEmpty();
        for (final String name : modules) {
            assertThat(dockerfile).as("Dockerfile copies %s/pom.xml", name).contains("COPY " + name + "/pom.xml " + name + "/");
        }
        assertThat(dockerfile).contains("-pl cli -am").contains("cli/target/entente.jar");
    }

    /** Compose services running an entente command other than a one-shot → that command. */
    private Map<String, String> ententeServices() {
        final Map<String, String> found = new HashMap<>();
        services.fields().forEachRemaining(entry -> {
            final JsonNode service = entry.getValue();
            final boolean ententeImage = service.path("image").asText().startsWith("entente") || service.has("build");
            if (ententeImage && !"no".equals(service.path("restart").asText())) {
                found.put(entry.getKey(), service.get("command").get(0).asText());
            }
        });
        return found;
    }

    private static List<ConfigKey<?>> allKeys() {
        final List<ConfigKey<?>> keys = new ArrayList<>(ConfigKeys.all());
        ServiceDefinitions.discover().forEach(service -> keys.addAll(service.configKeys()));
        return keys.stream().collect(Collectors.collectingAndThen(Collectors.toList(), List::copyOf));
    }
}
