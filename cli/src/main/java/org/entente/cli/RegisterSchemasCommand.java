package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.avro.Schema;
import org.entente.runtime.EntenteConfig;
import org.entente.schemas.Topics;
import org.entente.schemas.registry.CompatibilityCheck;
import org.entente.schemas.registry.SchemaRegistryClient;
import org.entente.schemas.registry.SchemaRegistryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente register-schemas}: the deploy-time step that registers every topic's value schema
 * ({@code <topic>-value}) with the Schema Registry, so services can run with {@code auto.register.schemas=false}.
 * An incompatible schema stops it with exit code 1 (the registry answers 409) before any service writes.
 * {@code --dry-run} only asks the registry whether each schema could be registered.
 */
@Command(name = "register-schemas", mixinStandardHelpOptions = true,
        description = "Register every topic's value schema with the Schema Registry (SCHEMA_REGISTRY_URL); exit 1 if one is incompatible.")
public final class RegisterSchemasCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file; environment variables override it.")
    Path configFile;

    @Option(names = "--dry-run", description = "Only check compatibility with what is registered; register nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        final PrintWriter out = spec.commandLine().getOut();
        final EntenteConfig config = EntenteConfig.load(configFile);
        final SchemaRegistryClient registry = SchemaRegistryClient.create(config.serdeConfig());
        int failures = 0;
        for (final Map.Entry<String, Schema> topic : Topics.valueSchemas().entrySet()) {
            final String subject = SchemaRegistryClient.subjectFor(topic.getKey(), false);
            try {
                if (dryRun) {
                    final CompatibilityCheck check = registry.testCompatibility(subject, topic.getValue());
                    out.printf("%-24s %s%n", subject, check.compatible() ? "compatible" : "INCOMPATIBLE: " + String.join("; ", check.messages()));
                    failures += check.compatible() ? 0 : 1;
                } else {
                    out.printf("%-24s id %d%n", subject, registry.register(subject, topic.getValue()));
                }
            } catch (SchemaRegistryException e) {
                out.printf("%-24s FAILED: %s%n", subject, e.getMessage());
                failures++;
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
