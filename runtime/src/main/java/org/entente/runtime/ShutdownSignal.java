package org.entente.runtime;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Waits for SIGTERM or Ctrl-C (SIGINT) so that a command can close its services in order and exit 0, instead of
 * the JVM's default exit status 143/130 with shutdown hooks racing each other.
 */
public final class ShutdownSignal {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSignal.class);

    private final CountDownLatch received = new CountDownLatch(1);

    private ShutdownSignal() {
    }

    /** Installs the handlers; from now on TERM and INT only release {@link #await()}. */
    public static ShutdownSignal install() {
        final ShutdownSignal signal = new ShutdownSignal();
        for (final String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), s -> {
                    LOG.info("SIG{} received, shutting down", s.getName());
                    signal.received.countDown();
                });
            } catch (IllegalArgumentException e) {
                LOG.debug("cannot handle SIG{} here: {}", name, e.getMessage());
            }
        }
        return signal;
    }

    /** A signal released only by {@link #trigger()}: for tests and embedding, leaves the JVM's handlers alone. */
    public static ShutdownSignal manual() {
        return new ShutdownSignal();
    }

    /** Blocks until a signal arrives (or {@link #trigger()} is called). */
    public void await() throws InterruptedException {
        received.await();
    }

    /** Blocks at most {@code millis}; true when a signal arrived. */
    public boolean await(final long millis) throws InterruptedException {
        return received.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Releases waiters as a signal would: for commands that stop on their own (e.g. when idle). */
    public void trigger() {
        received.countDown();
    }

    public boolean triggered() {
        return received.getCount() == 0;
    }
}
