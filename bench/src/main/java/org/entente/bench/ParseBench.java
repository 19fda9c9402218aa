package org.entente.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.entente.ingest.parse.PageParser;
import org.entente.ingest.parse.PageRejectedException;
import org.entente.ingest.parse.ParsedPage;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Page parsing throughput on one core: the ingest parser ({@code PageParser.parse}: charset, Jsoup, metadata, body
 * extraction, boilerplate, language, dateline) against the all-visible-text baseline (UTF-8 decoding, Jsoup, the
 * body's text), over the 91 real pages of {@code ../shared/corpus/html-zyte-dev} (set {@code -Dentente.zyte=DIR}
 * to read them elsewhere). Scores are pages per second: one invocation parses every page once.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Xss4m"})
@Threads(1)
@State(Scope.Benchmark)
public class ParseBench {
    private static final int PAGES = 91;

    private List<byte[]> pages;
    private PageParser parser;

    @Setup
    public void load() {
        final Path dir = Path.of(System.getProperty("entente.zyte", "../shared/corpus/html-zyte-dev/html"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir.toAbsolutePath() + " absent: run from the repository root beside ../shared");
        }
        pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    pages.add(in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pages.size() != PAGES) {
            throw new IllegalStateException("expected " + PAGES + " pages in " + dir + ", found " + pages.size());
        }
        parser = new PageParser();
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void pageParser(Blackhole bh) {
        for (byte[] page : pages) {
            try {
                final ParsedPage p = parser.parse(page, "text/html", null);
                bh.consume(p.paragraphs());
            } catch (PageRejectedException e) {
                bh.consume(e.reason());
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void allVisibleTextBaseline(Blackhole bh) {
        for (byte[] page : pages) {
            bh.consume(Jsoup.parse(new String(page, StandardCharsets.UTF_8)).body().text());
        }
    }
}
