package org.entente.cli;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.ingest.feed.FetchRefusedException;
import org.entente.ingest.feed.FetcherSettings;
import org.entente.ingest.feed.FilePages;
import org.entente.ingest.feed.KafkaPageSink;
import org.entente.ingest.feed.RssPoller;
import org.entente.ingest.feed.SafeFetcher;
import org.entente.runtime.EntenteConfig;
import org.entente.runtime.ShutdownSignal;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.FetchedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente feed}: puts pages on news.pages — from files and folders, from URLs fetched over HTTP, or from
 * RSS/Atom feeds polled once or every so often. Fetching goes through {@link SafeFetcher}.
 */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = "Send pages to news.pages: files or folders (.html, .htm, .html.gz), URLs, or RSS/Atom feeds.")
public final class FeedCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH|URL", arity = "0..*", description = "Files, folders, or http(s) URLs of pages.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--rss", paramLabel = "URL", description = "An RSS or Atom feed whose new items are fetched and sent (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--every", paramLabel = "DURATION", description = "Poll the feeds again at this interval (60s, 5m, 1h) until stopped.")
    String every;

    @Option(names = "--source", description = "Outlet name of these pages (otherwise taken from each page).")
    String source;

    @Option(names = "--url", description = "URL of the page in a single file (otherwise its file: URL; the page's canonical link wins).")
    String url;

    @Option(names = "--allow-private", description = "Allow fetching from loopback, private and link-local addresses (local tests only).")
    boolean allowPrivate;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Where feed state (ETag, sent items) is kept; default .entente/feeds.")
    Path stateDir = Path.of(".entente", "feeds");

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() throws Exception {
        if (inputs.isEmpty() && feeds.isEmpty()) {
            System.err.println("feed: give files, folders, URLs or --rss URL");
            return 2;
        }
        final EntenteConfig config = cluster.load();
        final Topics topics = Topics.create(config.serdeConfig());
        final FetcherSettings settings = FetcherSettings.defaults().withAllowPrivate(allowPrivate);
        int failures = 0;
        try (KafkaPageSink sink = new KafkaPageSink(config.kafkaClientSettings(), topics.pages());
             SafeFetcher fetcher = new SafeFetcher(settings)) {
            final FilePages files = new FilePages(settings.maxInflatedBytes());
            for (String input : inputs) {
                if (isUrl(input)) {
                    failures += sendUrl(fetcher, sink, input);
                } else {
                    final List<Path> paths = files.list(List.of(Path.of(input)));
                    for (Path p : paths) {
                        sink.send(files.read(p, paths.size() == 1 ? url : null, source));
                        System.err.println("feed: sent " + p);
                    }
                }
            }
            if (!feeds.isEmpty()) {
                final RssPoller poller = new RssPoller(fetcher, stateDir);
                final ShutdownSignal signal = ShutdownSignal.install();
                final Duration interval = every == null ? null : parseDuration(every);
                do {
                    for (String feed : feeds) {
                        try {
                            final RssPoller.PollResult r = poller.poll(feed, source, sink);
                            System.err.printf("feed: %s: %s%n", feed, r.notModified() ? "not modified"
                                    : r.sent() + " new of " + r.items() + " items" + (r.failed() > 0 ? ", " + r.failed() + " failed" : ""));
                        } catch (Exception e) {
                            failures++;
                            System.err.println("feed: " + feed + ": " + e.getMessage());
                        }
                    }
                } while (interval != null && !signal.await(interval.toMillis()));
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private int sendUrl(SafeFetcher fetcher, KafkaPageSink sink, String input) throws Exception {
        try {
            final SafeFetcher.Response r = fetcher.fetch(input);
            sink.send(FetchedPage.newBuilder().setUrl(r.url()).setFetchedAt(r.fetchedAt()).setStatus(r.status())
                    .setContentType(r.contentType()).setHeaders(r.headers()).setBody(ByteBuffer.wrap(r.body()))
                    .setSource(source).build());
            System.err.println("feed: sent " + r.url());
            return 0;
        } catch (FetchRefusedException e) {
            System.err.println("feed: " + input + ": " + e.getMessage());
            return 1;
        }
    }

    private static boolean isUrl(String s) {
        final String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /** "60s", "5m", "1h", "500ms", or an ISO-8601 duration. */
    static Duration parseDuration(String text) {
        final String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
        }
        final var m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h)").matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + text + " (use 60s, 5m, 1h)");
        }
        final long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
