package org.entente.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.entente.schemas.avro.FetchedPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS and Atom polling against a real HTTP server on 127.0.0.1. */
class RssPollerTest {

    @TempDir
    Path state;

    private HttpServer server;
    private String base;
    private volatile String rss;
    private final List<String> conditionalRequests = new CopyOnWriteArrayList<>();
    private final List<String> fetchedItems = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        rss = rss("a", "b");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String rss(String... items) {
        final StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                + "<link>" + base + "/</link><description>d</description>");
        for (String i : items) {
            b.append("<item><title>Item ").append(i).append("</title><link>").append(base).append("/news/").append(i)
                    .append("</link><guid>urn:wire:").append(i).append("</guid></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    private void handle(HttpExchange ex) throws IOException {
        final String path = ex.getRequestURI().getPath();
        if (path.equals("/feed.xml")) {
            final String etag = "\"" + Integer.toHexString(rss.hashCode()) + "\"";
            final String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            if (inm != null) {
                conditionalRequests.add(inm);
            }
            if (etag.equals(inm)) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().add("ETag", etag);
            reply(ex, "application/rss+xml", rss);
        } else if (path.equals("/atom.xml")) {
            reply(ex, "application/atom+xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title>"
                    + "<id>urn:a</id><updated>2016-09-10T00:00:00Z</updated><entry><title>T</title><id>urn:a:1</id>"
                    + "<updated>2016-09-10T00:00:00Z</updated><link href=\"" + base + "/news/atom1\"/></entry></feed>");
        } else if (path.startsWith("/news/")) {
            fetchedItems.add(path);
            reply(ex, "text/html", "<html><body><p>Story " + path + "</p></body></html>");
        } else {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        }
    }

    private static void reply(HttpExchange ex, String type, String body) throws IOException {
        final byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(200, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private RssPoller poller(SafeFetcher fetcher) {
        return new RssPoller(fetcher, state);
    }

    @Test
    void sendsEachItemOnceUsesConditionalGetAndRemembersAcrossRestarts() throws Exception {
        final List<FetchedPage> sent = new ArrayList<>();
        try (SafeFetcher f = new SafeFetcher(FetcherSettings.defaults().withAllowPrivate(true))) {
            final RssPoller.PollResult first = poller(f).poll(base + "/feed.xml", "Wire", sent::add);
            assertThat(first.sent()).isEqualTo(2);
            assertThat(sent).extracting(FetchedPage::getUrl).containsExactly(base + "/news/b", base + "/news/a");
            assertThat(sent).allSatisfy(p -> {
                assertThat(p.getSource()).isEqualTo("Wire");
                assertThat(p.getFeed()).isEqualTo(base + "/feed.xml");
            });

            final RssPoller.PollResult unchanged = poller(f).poll(base + "/feed.xml", "Wire", sent::add);
            assertThat(unchanged.notModified()).isTrue();
            assertThat(conditionalRequests).hasSize(1);
        }
        rss = rss("a", "b", "c");
        // A new fetcher and poller, as after a restart: only the new item goes out.
        try (SafeFetcher f = new SafeFetcher(FetcherSettings.defaults().withAllowPrivate(true))) {
            final RssPoller.PollResult after = poller(f).poll(base + "/feed.xml", "Wire", sent::add);
            assertThat(after.sent()).isEqualTo(1);
        }
        assertThat(sent).extracting(FetchedPage::getUrl).containsExactly(base + "/news/b", base + "/news/a", base + "/news/c");
        assertThat(fetchedItems).containsExactly("/news/b", "/news/a", "/news/c");
    }

    @Test
    void readsAtomFeeds() throws Exception {
        final List<FetchedPage> sent = new ArrayList<>();
        try (SafeFetcher f = new SafeFetcher(FetcherSettings.defaults().withAllowPrivate(true))) {
            poller(f).poll(base + "/atom.xml", null, sent::add);
        }
        assertThat(sent).extracting(FetchedPage::getUrl).containsExactly(base + "/news/atom1");
    }

    @Test
    void anItemWhoseSendFailsIsTriedAgainOnTheNextPoll() throws Exception {
        final List<FetchedPage> sent = new ArrayList<>();
        try (SafeFetcher f = new SafeFetcher(FetcherSettings.defaults().withAllowPrivate(true))) {
            final RssPoller.PollResult broken = poller(f).poll(base + "/feed.xml", null, page -> {
                throw new IllegalStateException("broker down");
            });
            assertThat(broken.failed()).isEqualTo(2);
            final RssPoller.PollResult retried = poller(f).poll(base + "/feed.xml", null, sent::add);
            assertThat(retried.notModified()).isFalse();
        }
        assertThat(sent).hasSize(2);
    }
}
