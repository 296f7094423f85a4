package org.commitmenttracker.ingest.parliament;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Keeps requests to at most {@code requestsPerSecond}, whoever sends them (the poller, a backfill, retries): each
 * caller reserves the next free slot, one interval after the previous one, and waits for it outside the lock.
 */
final class RequestPacer {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private long nextSlot;
    private boolean started;

    RequestPacer(double requestsPerSecond, LongSupplier nanoTime, Sleeper sleeper) {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requestsPerSecond must be positive");
        }
        this.intervalNanos = (long) (1_000_000_000L / requestsPerSecond);
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /** Waits until this caller may send its request. */
    void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            long slot = started && nextSlot - now > 0 ? nextSlot : now;
            started = true;
            nextSlot = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }
}
