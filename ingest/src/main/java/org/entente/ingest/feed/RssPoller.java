package org.entente.ingest.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.schemas.avro.FetchedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls an RSS or Atom feed (ROME) and sends the page of every item not sent before. Conditional GET with the
 * feed's ETag and Last-Modified; the state (those two and the ids of sent items, the last 10,000) lives in a JSON
 * file per feed under the state folder, written after each item, so a restart sends no old item again.
 */
public final class RssPoller {
    private static final Logger LOG = LoggerFactory.getLogger(RssPoller.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REMEMBERED = 10_000;

    /** What one poll did. */
    public record PollResult(boolean notModified, int items, int sent, int failed) {}

    private final SafeFetcher fetcher;
    private final Path stateDir;

    public RssPoller(SafeFetcher fetcher, Path stateDir) {
        this.fetcher = fetcher;
        this.stateDir = stateDir;
    }

    public PollResult poll(String feedUrl, String source, PageSink sink) throws IOException {
        final State state = State.load(stateFile(feedUrl));
        final Map<String, String> conditional = new HashMap<>();
        if (state.etag != null) {
            conditional.put("If-None-Match", state.etag);
        }
        if (state.lastModified != null) {
            conditional.put("If-Modified-Since", state.lastModified);
        }
        final SafeFetcher.Response feed = fetcher.fetch(feedUrl, conditional);
        if (feed.status() == 304) {
            return new PollResult(true, 0, 0, 0);
        }
        final SyndFeed parsed;
        try {
            parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(feed.body())));
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("not a feed: " + feedUrl + ": " + e.getMessage(), e);
        }
        int sent = 0;
        int failed = 0;
        int retry = 0;
        final List<SyndEntry> entries = new ArrayList<>(parsed.getEntries());
        java.util.Collections.reverse(entries); // feeds list the newest first; send in publication order
        for (SyndEntry entry : entries) {
            final String link = entry.getLink();
            final String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : link;
            if (id == null || link == null || state.seen.contains(id)) {
                continue;
            }
            try {
                final SafeFetcher.Response page = fetcher.fetch(link);
                sink.send(FetchedPage.newBuilder()
                        .setUrl(page.url())
                        .setFetchedAt(page.fetchedAt())
                        .setStatus(page.status())
                        .setContentType(page.contentType())
                        .setHeaders(page.headers())
                        .setBody(ByteBuffer.wrap(page.body()))
                        .setSource(source)
                        .setFeed(feedUrl)
                        .build());
                sent++;
                state.remember(id);
            } catch (FetchRefusedException e) {
                failed++;
                LOG.warn("feed item {} not fetched: {}", link, e.getMessage());
                if (e.reason() != FetchRefusedException.Reason.TIMEOUT && e.reason() != FetchRefusedException.Reason.IO) {
                    state.remember(id); // refused for good (robots, private address, too large): do not retry
                } else {
                    retry++;
                }
            } catch (Exception e) {
                failed++;
                LOG.warn("feed item {} not sent: {}", link, e.toString());
                retry++;
                continue; // the sink failed: retry on the next poll
            }
            state.save();
        }
        if (retry == 0) {
            // Only a fully handled feed may be skipped next time by a 304; otherwise the failed items would wait forever.
            state.etag = feed.headers().get("ETag");
            state.lastModified = feed.headers().get("Last-Modified");
        }
        state.save();
        return new PollResult(false, entries.size(), sent, failed);
    }

    private Path stateFile(String feedUrl) {
        try {
            final byte[] d = MessageDigest.getInstance("SHA-256").digest(feedUrl.getBytes(StandardCharsets.UTF_8));
            return stateDir.resolve("feed-" + HexFormat.of().formatHex(d, 0, 8) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The persisted state of one feed. */
    private static final class State {
        final Path file;
        String etag;
        String lastModified;
        final Set<String> seen = new LinkedHashSet<>();
        final Deque<String> order = new ArrayDeque<>();

        private State(Path file) {
            this.file = file;
        }

        static State load(Path file) throws IOException {
            final State s = new State(file);
            if (Files.exists(file)) {
                final ObjectNode n = (ObjectNode) JSON.readTree(file.toFile());
                s.etag = n.hasNonNull("etag") ? n.get("etag").asText() : null;
                s.lastModified = n.hasNonNull("lastModified") ? n.get("lastModified").asText() : null;
                n.withArray("seen").forEach(id -> s.remember(id.asText()));
            }
            return s;
        }

        void remember(String id) {
            if (seen.add(id)) {
                order.addLast(id);
                while (order.size() > MAX_REMEMBERED) {
                    seen.remove(order.removeFirst());
                }
            }
        }

        void save() throws IOException {
            Files.createDirectories(file.getParent());
            final ObjectNode n = JSON.createObjectNode();
            n.put("etag", etag);
            n.put("lastModified", lastModified);
            final ArrayNode ids = n.putArray("seen");
            order.forEach(ids::add);
            final Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), n);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
