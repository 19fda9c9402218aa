package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.entente.runtime.registry.LocalSchemaRegistry;
import org.entente.schemas.avro.Article;
import org.entente.schemas.registry.InMemorySchemaLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The deploy-time registration step against a real registry over HTTP. */
class RegisterSchemasCommandTest {

    private LocalSchemaRegistry registry;
    private Path config;
    private final StringWriter output = new StringWriter();

    @BeforeEach
    void start(@TempDir Path dir) throws IOException {
        registry = LocalSchemaRegistry.start(new InMemorySchemaLog(), 0);
        config = Files.writeString(dir.resolve("entente.properties"), "schema.registry.url=" + registry.url() + "\n");
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private int run(String... args) {
        final CommandLine command = Entente.commandLine();
        command.setOut(new PrintWriter(output, true));
        return command.execute(args);
    }

    @Test
    void registersEveryTopicsValueSchemaOnceAndAgainIdempotently() {
        assertThat(run("register-schemas", "--config", config.toString())).isZero();
        assertThat(registry.catalog().subjects()).containsExactlyInAnyOrder("news.pages-value", "news.articles-value",
                "news.enriched-value", "alerts.events-value", "alerts.current-value");
        final int articleId = registry.catalog().lookup("news.articles-value", Article.getClassSchema()).id();
        assertThat(output.toString()).contains("news.articles-value").contains("id " + articleId);

        assertThat(run("register-schemas", "--config", config.toString())).isZero();
        assertThat(registry.catalog().versions("news.articles-value")).containsExactly(1);
    }

    @Test
    void failsWithoutRegisteringWhenASchemaIsIncompatible() {
        final Schema unrelated = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"Article\",\"namespace\":\"org.entente.schemas.avro\",\"fields\":[{\"name\":\"legacy\",\"type\":\"int\"}]}");
        registry.catalog().register("news.articles-value", unrelated);

        assertThat(run("register-schemas", "--dry-run", "--config", config.toString())).isEqualTo(1);
        assertThat(output.toString()).contains("news.articles-value").contains("INCOMPATIBLE").contains("news.pages-value");
        assertThat(registry.catalog().subjects()).containsExactly("news.articles-value");

        assertThat(run("register-schemas", "--config", config.toString())).isEqualTo(1);
        assertThat(output.toString()).contains("FAILED").contains("error_code 409");
        assertThat(registry.catalog().versions("news.articles-value")).containsExactly(1);
    }
}
