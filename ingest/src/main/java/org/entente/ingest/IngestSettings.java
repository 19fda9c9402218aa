package org.entente.ingest;

import java.time.Duration;
import java.util.List;
import org.entente.ingest.parse.PageParser;
import org.entente.runtime.ConfigKey;
import org.entente.runtime.EntenteConfig;

/**
 * Settings of the ingest service.
 *
 * @param dedupeWindow      how long a body is remembered for near-duplicate detection
 * @param maxSimHashDistance bodies whose SimHashes differ in at most this many of 64 bits are one article
 * @param limits            the parser's caps
 */
public record IngestSettings(Duration dedupeWindow, int maxSimHashDistance, PageParser.Limits limits) {

    public static final ConfigKey<Long> DEDUPE_WINDOW_MS = ConfigKey.longValue("ingest.dedupe.window.ms",
            Duration.ofHours(72).toMillis(), "How long ingest remembers article bodies to fold near-duplicates into one article.");
    public static final ConfigKey<Integer> SIMHASH_DISTANCE = ConfigKey.integer("ingest.dedupe.simhash.distance", 6,
            "Bodies whose 64-bit SimHashes differ in at most this many bits are near-duplicates (0-7; the index finds up to 7).");
    public static final ConfigKey<Integer> MAX_PAGE_BYTES = ConfigKey.integer("ingest.max.page.bytes",
            PageParser.Limits.DEFAULT.maxBytes(), "Pages larger than this go to ingest.dlq as TOO_LARGE.");
    public static final ConfigKey<Integer> MAX_INFLATED_BYTES = ConfigKey.integer("ingest.max.inflated.bytes",
            PageParser.Limits.DEFAULT.maxDecompressedBytes(), "A gzip-compressed page may inflate to at most this many bytes.");
    public static final ConfigKey<Integer> MAX_DEPTH = ConfigKey.integer("ingest.max.nesting.depth",
            PageParser.Limits.DEFAULT.maxDepth(), "Pages with tags nested deeper than this go to ingest.dlq as TOO_COMPLEX.");

    public static final List<ConfigKey<?>> KEYS = List.of(DEDUPE_WINDOW_MS, SIMHASH_DISTANCE, MAX_PAGE_BYTES,
            MAX_INFLATED_BYTES, MAX_DEPTH);

    public IngestSettings {
        if (maxSimHashDistance < 0 || maxSimHashDistance > 7) {
            throw new IllegalArgumentException("SimHash distance must be 0-7 (the band index finds no more), got "
                    + maxSimHashDistance);
        }
    }

    public static IngestSettings defaults() {
        return new IngestSettings(Duration.ofMillis(DEDUPE_WINDOW_MS.defaultValue()), SIMHASH_DISTANCE.defaultValue(),
                PageParser.Limits.DEFAULT);
    }

    public static IngestSettings from(EntenteConfig config) {
        return new IngestSettings(Duration.ofMillis(config.get(DEDUPE_WINDOW_MS)), config.get(SIMHASH_DISTANCE),
                new PageParser.Limits(config.get(MAX_PAGE_BYTES), config.get(MAX_INFLATED_BYTES), config.get(MAX_DEPTH),
                        PageParser.Limits.DEFAULT.minBodyLetters()));
    }
}
