package org.entente.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.entente.runtime.EntenteConfig;
import org.entente.runtime.ServiceDefinitions;
import org.entente.runtime.ShutdownSignal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code entente demo --exit-when-idle} end to end on the embedded broker, with whatever services exist. */
@Tag("integration")
class DemoCommandIT {

    @Test
    void feedsTheSamplePagesParsesEveryOneAndStopsWhenIdle(@TempDir final Path dir) throws Exception {
        final DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs("--exit-when-idle", "20", "--data-dir", dir.toString());
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final EntenteConfig config = EntenteConfig.of(Map.of(
                "ingest.http.port", "0", "enrich.http.port", "0", "alerts.http.port", "0"), Map.of());

        final int exit = demo.run(config, new PrintStream(bytes, true, StandardCharsets.UTF_8), ShutdownSignal.manual());

        final String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        final int pages = DemoPages.load().size();
        assertThat(pages).isGreaterThanOrEqualTo(8);
        assertThat(out.lines().filter(l -> l.startsWith("page fed"))).hasSize(pages);
        if (ServiceDefinitions.named("ingest").isPresent()) {
            assertThat(out).contains("Summary: " + pages + " pages fed, " + pages + " articles parsed");
            assertThat(out).contains("[ar]", "[en]", "[fr]", "[ru]");
        }
        if (ServiceDefinitions.named("enrich").isPresent() && ServiceDefinitions.named("alerts").isPresent()) {
            assertThat(out).contains("ALERT ").contains("evidence: ");
            assertThat(out).contains("Dashboard: http://localhost:");
        }
        assertThat(out.lines().filter(l -> l.startsWith("dead letter"))).isEmpty();
        assertThat(out).contains(" 0 dead letters");
    }

    @Test
    void bundlesPagesInFourLanguagesWithTheirOutlets() {
        assertThat(DemoPages.load()).extracting(p -> p.getSource())
                .contains("SANA", "Reuters", "AFP", "TASS");
        assertThat(DemoPages.load()).allSatisfy(p -> assertThat(p.getBody().remaining()).isGreaterThan(500));
    }
}
