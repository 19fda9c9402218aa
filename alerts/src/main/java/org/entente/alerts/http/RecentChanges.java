package org.entente.alerts.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;

/**
 * A bounded in-memory log of the latest alert changes read from {@code alerts.events}, for the SSE stream.
 *
 * <p>Each change's SSE id is the reader's position in {@code alerts.events} just after it: the next offset of every
 * partition, written {@code partition:offset} joined by commas (e.g. {@code 0:12,1:4,2:7}). It does not depend on
 * the instance, so a client reconnecting with {@code Last-Event-ID} to any instance, or after a restart, receives
 * every change at or after that position that the log still holds, then live changes. The log keeps the last
 * {@code capacity} changes; when a client's position is older than the log, it is first sent a {@code reset}
 * event (reload {@code GET /alerts}).
 */
public final class RecentChanges {
    /** One change: where it is in alerts.events, its CloudEvents id, its JSON, and the SSE id (position after it). */
    public record Change(int partition, long offset, String eventId, String json, String position) {
    }

    /** A client's feed: backlog first, then live changes; {@code overflowed} when it fell too far behind. */
    public static final class Subscription {
        private final BlockingQueue<Change> queue;
        private final boolean gap;
        private volatile boolean overflowed;

        Subscription(final int capacity, final boolean gap) {
            this.queue = new ArrayBlockingQueue<>(Math.max(16, capacity));
            this.gap = gap;
        }

        /** True when changes after the client's position were already dropped from the log. */
        public boolean gap() {
            return gap;
        }

        public boolean overflowed() {
            return overflowed;
        }

        public BlockingQueue<Change> queue() {
            return queue;
        }

        void offer(final Change change) {
            if (!overflowed && !queue.offer(change)) {
                overflowed = true;
            }
        }
    }

    private final int capacity;
    private final ArrayDeque<Change> log = new ArrayDeque<>();
    /** Next offset per partition after the last appended change. */
    private final Map<Integer, Long> next = new TreeMap<>();
    /** Per partition, the lowest offset from which the log is complete. */
    private final Map<Integer, Long> floor = new TreeMap<>();
    private final Set<Subscription> subscribers = new HashSet<>();

    public RecentChanges(final int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    /** Where reading starts in each partition: changes before it are not in the log. */
    public synchronized void startAt(final Map<Integer, Long> startOffsets) {
        startOffsets.forEach((p, o) -> {
            floor.merge(p, o, Math::max);
            next.merge(p, o, Math::max);
        });
    }

    /** Appends a change read at (partition, offset) and hands it to every subscriber. */
    public synchronized Change append(final int partition, final long offset, final String eventId,
                                      final String json) {
        next.merge(partition, offset + 1, Math::max);
        floor.putIfAbsent(partition, offset);
        final Change change = new Change(partition, offset, eventId, json, encode(next));
        log.addLast(change);
        while (log.size() > capacity) {
            final Change dropped = log.removeFirst();
            floor.merge(dropped.partition(), dropped.offset() + 1, Math::max);
        }
        subscribers.forEach(s -> s.offer(change));
        return change;
    }

    /**
     * Subscribes a client. With {@code lastEventId} (an SSE id of ours) the backlog is every logged change at or
     * after that position; without one, only live changes follow (a new client reads {@code GET /alerts} first).
     */
    public synchronized Subscription subscribe(final String lastEventId) {
        final Map<Integer, Long> position = decode(lastEventId);
        final boolean gap = position != null && floor.entrySet().stream()
                .anyMatch(f -> position.getOrDefault(f.getKey(), 0L) < f.getValue());
        final Subscription s = new Subscription(capacity + 1024, gap);
        if (position != null) {
            log.stream().filter(c -> c.offset() >= position.getOrDefault(c.partition(), 0L)).forEach(s::offer);
        }
        subscribers.add(s);
        return s;
    }

    public synchronized void unsubscribe(final Subscription s) {
        subscribers.remove(s);
    }

    public synchronized int subscriberCount() {
        return subscribers.size();
    }

    public synchronized List<Change> snapshot() {
        return new ArrayList<>(log);
    }

    static String encode(final Map<Integer, Long> position) {
        return position.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }

    /** Null when absent or not one of our ids. */
    static Map<Integer, Long> decode(final String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        final Map<Integer, Long> position = new TreeMap<>();
        for (final String part : id.trim().split(",")) {
            final int colon = part.indexOf(':');
            if (colon < 1) {
                return null;
            }
            try {
                position.put(Integer.parseInt(part.substring(0, colon)), Long.parseLong(part.substring(colon + 1)));
            } catch (final NumberFormatException e) {
                return null;
            }
        }
        return position;
    }
}
