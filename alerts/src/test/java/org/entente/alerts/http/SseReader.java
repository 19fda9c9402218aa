package org.entente.alerts.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A test client of a server-sent-events stream: parses events into a queue until closed. */
public final class SseReader implements AutoCloseable {
    /** One event: its id, name and data. */
    public record Event(String id, String event, String data) {
    }

    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final int status;

    public SseReader(final String url, final String lastEventId) throws IOException, InterruptedException {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        final HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        status = response.statusCode();
        body = response.body();
        final Thread reader = new Thread(this::read, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public int status() {
        return status;
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String event = "message";
            final StringBuilder data = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(id, event, data.toString()));
                    }
                    event = "message";
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).stripLeading());
                }
            }
        } catch (final IOException e) {
            // closed
        }
    }

    /** Events until one matches {@code last}, within the timeout; fails when it never comes. */
    public List<Event> until(final Predicate<Event> last, final Duration timeout) throws InterruptedException {
        final List<Event> seen = new ArrayList<>();
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            final Event e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null) {
                seen.add(e);
                if (last.test(e)) {
                    return seen;
                }
            }
        }
        throw new AssertionError("no matching event within " + timeout + "; saw " + seen);
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
