package org.entente.ingest.streams;

import io.micrometer.core.instrument.Metrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.entente.ingest.dedupe.SimHash;
import org.entente.schemas.avro.Article;

/**
 * Folds duplicates into one article. Runs on a single partition so that every page meets every other.
 * <ul>
 *   <li>Same article id (same canonical URL) as one seen within the window: a duplicate, dropped and counted
 *       ({@code entente.ingest.duplicates{kind=url}}).</li>
 *   <li>A body whose SimHash is within {@code maxDistance} bits of one seen within the window: from the same
 *       outlet, a duplicate ({@code kind=near}); from another outlet, the first article is re-emitted under its own
 *       id with that outlet added to {@code otherSources} ({@code kind=other_outlet}), so downstream sees one
 *       article whose update names its further source.</li>
 *   <li>Otherwise a new article, emitted and remembered.</li>
 * </ul>
 * The SimHash index splits each hash into eight 8-bit bands; two hashes within 7 bits share at least one band.
 * Entries older than the window are purged as stream time passes.
 */
final class DedupeProcessor implements Processor<String, Article, String, Article> {
    static final String ARTICLES_STORE = "ingest-dedupe-articles";
    static final String BANDS_STORE = "ingest-dedupe-simhash-bands";
    /** Bands of the SimHash index: a distance up to BANDS - 1 bits always leaves one band equal. */
    static final int BANDS = 8;

    private final Duration window;
    private final int maxDistance;
    private ProcessorContext<String, Article> context;
    private KeyValueStore<String, Article> articles;
    private KeyValueStore<String, String> bands;

    DedupeProcessor(Duration window, int maxDistance) {
        this.window = window;
        this.maxDistance = maxDistance;
    }

    @Override
    public void init(ProcessorContext<String, Article> context) {
        this.context = context;
        this.articles = context.getStateStore(ARTICLES_STORE);
        this.bands = context.getStateStore(BANDS_STORE);
        final Duration every = window.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : window;
        context.schedule(every.isZero() ? Duration.ofMinutes(1) : every, PunctuationType.STREAM_TIME, this::purge);
    }

    @Override
    public void process(Record<String, Article> record) {
        final Article article = record.value();
        final long now = record.timestamp();
        final Article sameUrl = articles.get(article.getId());
        if (sameUrl != null && withinWindow(sameUrl, now)) {
            Metrics.counter("entente.ingest.duplicates", "kind", "url").increment();
            return;
        }
        final long hash = SimHash.parseHex(article.getContentHash());
        final Article original = nearest(hash, now);
        if (original == null) {
            remember(article, hash, now);
            Metrics.counter("entente.ingest.articles").increment();
            context.forward(record.withKey(article.getId()));
            return;
        }
        if (isKnownOutlet(original, article.getSource())) {
            Metrics.counter("entente.ingest.duplicates", "kind", "near").increment();
            return;
        }
        final List<String> others = new ArrayList<>(original.getOtherSources());
        others.add(article.getSource());
        final Article updated = Article.newBuilder(original).setOtherSources(others).build();
        articles.put(updated.getId(), updated);
        Metrics.counter("entente.ingest.duplicates", "kind", "other_outlet").increment();
        context.forward(new Record<>(updated.getId(), updated, record.timestamp(), record.headers()));
    }

    private static boolean isKnownOutlet(Article original, String source) {
        final Set<String> known = new LinkedHashSet<>(original.getOtherSources());
        known.add(original.getSource());
        return known.stream().anyMatch(s -> s.equalsIgnoreCase(source));
    }

    private boolean withinWindow(Article seen, long now) {
        return Math.abs(now - seenAt(seen)) <= window.toMillis();
    }

    private static long seenAt(Article a) {
        final Instant t = a.getFetchedAt();
        return t == null ? 0L : t.toEpochMilli();
    }

    private Article nearest(long hash, long now) {
        Article best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String key : bandKeys(hash)) {
            final String ids = bands.get(key);
            if (ids == null) {
                continue;
            }
            for (String id : ids.split(",")) {
                final Article candidate = articles.get(id);
                if (candidate == null || !withinWindow(candidate, now)) {
                    continue;
                }
                final int d = SimHash.distance(hash, SimHash.parseHex(candidate.getContentHash()));
                if (d <= maxDistance && d < bestDistance) {
                    best = candidate;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    private void remember(Article article, long hash, long now) {
        // The stored copy carries the record time, so the window runs on stream time even for file-fed pages.
        final Article stored = Article.newBuilder(article).setFetchedAt(Instant.ofEpochMilli(now)).build();
        articles.put(article.getId(), stored);
        for (String key : bandKeys(hash)) {
            final String ids = bands.get(key);
            bands.put(key, ids == null ? article.getId() : ids + "," + article.getId());
        }
    }

    private static List<String> bandKeys(long hash) {
        final List<String> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            keys.add(b + ":" + Long.toHexString((hash >>> (8 * b)) & 0xFFL));
        }
        return keys;
    }

    /** Forgets articles older than the window and drops their ids from the band index. */
    private void purge(long streamTime) {
        final List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, Article> it = articles.all()) {
            while (it.hasNext()) {
                final KeyValue<String, Article> kv = it.next();
                if (streamTime - seenAt(kv.value) > window.toMillis()) {
                    expired.add(kv.key);
                }
            }
        }
        if (expired.isEmpty()) {
            return;
        }
        final Set<String> gone = Set.copyOf(expired);
        final List<KeyValue<String, String>> rewritten = new ArrayList<>();
        try (KeyValueIterator<String, String> it = bands.all()) {
            while (it.hasNext()) {
                final KeyValue<String, String> kv = it.next();
                final List<String> kept = new ArrayList<>();
                for (String id : kv.value.split(",")) {
                    if (!gone.contains(id)) {
                        kept.add(id);
                    }
                }
                if (kept.size() != kv.value.split(",").length) {
                    rewritten.add(KeyValue.pair(kv.key, kept.isEmpty() ? null : String.join(",", kept)));
                }
            }
        }
        for (KeyValue<String, String> kv : rewritten) {
            if (kv.value == null) {
                bands.delete(kv.key);
            } else {
                bands.put(kv.key, kv.value);
            }
        }
        expired.forEach(articles::delete);
    }
}
