package org.entente.cli.demo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import org.entente.cli.LocalCommand;
import org.entente.ingest.feed.KafkaPageSink;
import org.entente.runtime.EntenteConfig;
import org.entente.runtime.ServiceRunner;
import org.entente.runtime.ShutdownSignal;
import org.entente.schemas.Topic;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.FetchedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code entente demo}: local mode (embedded Kafka, registry, every service, the dashboard), then the bundled
 * sample pages fed to {@code news.pages}; prints what starts, what is ready, each article parsed and each alert
 * as it is raised or updated, until Ctrl-C or, with {@code --exit-when-idle}, until nothing happened for a while.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline locally on bundled sample pages and print the alerts it raises.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--exit-when-idle", paramLabel = "SECONDS",
            description = "Stop once nothing has happened for this long (for scripts and tests).")
    Long exitWhenIdle;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: a fresh temporary one).")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file; environment variables override it.")
    Path configFile;

    @Option(names = "--kafka-port", paramLabel = "PORT", description = "Broker port (default: any free port).")
    int kafkaPort;

    @Option(names = "--registry-port", paramLabel = "PORT", description = "Registry port (default: any free port).")
    int registryPort;

    @Override
    public Integer call() throws Exception {
        return run(EntenteConfig.load(configFile), System.out, ShutdownSignal.install());
    }

    /** The demo with an explicit config and output: what the command and its test run. */
    public int run(final EntenteConfig config, final PrintStream out, final ShutdownSignal signal) throws Exception {
        final long began = System.nanoTime();
        final Path dir = dataDir != null ? dataDir : Files.createTempDirectory("entente-demo-");
        out.println("Entente demo: news pages in Arabic, English, French and Russian -> articles -> alerts");
        try (LocalCommand.Local local = LocalCommand.Local.start(config, dir, kafkaPort, registryPort, true, out)) {
            awaitServices(local, out);
            try (PipelineWatcher watcher = new PipelineWatcher(local.cluster().bootstrapServers(), local.cluster().topics(), out).start()) {
                final int fed = feed(local.cluster().bootstrapServers(), local.cluster().topics().pages(), out);
                watcher.activity();
                local.pipeline().runners().stream().filter(r -> r.name().equals("alerts")).findFirst().ifPresentOrElse(
                        alerts -> out.printf("Dashboard: http://localhost:%d/%n", alerts.httpPort()),
                        () -> out.println("(no alerts service in this build: no dashboard, no alerts)"));
                if (local.pipeline().runners().stream().noneMatch(r -> r.name().equals("enrich"))) {
                    out.println("(no enrich service in this build: articles are parsed but not enriched)");
                }
                out.printf("Fed %d pages in %.1f s from start; watching the pipeline%s ...%n", fed,
                        (System.nanoTime() - began) / 1e9,
                        exitWhenIdle == null ? " (Ctrl-C to stop)" : ", stopping after " + exitWhenIdle + " s idle");
                waitUntilDone(signal, watcher);
                out.printf("Summary: %d pages fed, %d articles parsed, %d enriched, %d alert changes, %d dead letters%n",
                        fed, watcher.count(Topics.ARTICLES), watcher.count(Topics.ENRICHED),
                        watcher.count(Topics.ALERT_EVENTS), watcher.count("dlq"));
            }
            out.println("Stopping ...");
        }
        return 0;
    }

    private void waitUntilDone(final ShutdownSignal signal, final PipelineWatcher watcher) throws InterruptedException {
        while (!signal.await(250)) {
            if (exitWhenIdle != null && watcher.idleNanos() > Duration.ofSeconds(exitWhenIdle).toNanos()) {
                return;
            }
        }
    }

    private static void awaitServices(final LocalCommand.Local local, final PrintStream out) throws InterruptedException {
        final List<ServiceRunner> runners = local.pipeline().runners();
        final long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        final boolean[] announced = new boolean[runners.size()];
        int ready = 0;
        while (ready < runners.size() && System.nanoTime() < deadline) {
            for (int i = 0; i < runners.size(); i++) {
                if (!announced[i] && runners.get(i).state() == KafkaStreams.State.RUNNING) {
                    announced[i] = true;
                    ready++;
                    out.printf("ready: %s%n", runners.get(i).name());
                }
            }
            Thread.sleep(100);
        }
        if (ready < runners.size()) {
            out.println("warning: not every service is RUNNING yet; feeding anyway");
        }
    }

    /** Sends the bundled pages through the feeder's Kafka sink, as {@code entente feed} would. */
    private static int feed(final String bootstrap, final Topic<String, FetchedPage> pages, final PrintStream out)
            throws Exception {
        final List<FetchedPage> samples = DemoPages.load();
        try (KafkaPageSink sink = new KafkaPageSink(Map.of("bootstrap.servers", bootstrap), pages)) {
            for (final FetchedPage page : samples) {
                sink.send(page);
                out.printf("page fed          %-8s %s%n", page.getSource(), page.getUrl());
            }
        }
        return samples.size();
    }
}
