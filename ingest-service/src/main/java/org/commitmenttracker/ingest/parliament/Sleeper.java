package org.commitmenttracker.ingest.parliament;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits; a seam so that tests can see the waits instead of sitting through them. */
@FunctionalInterface
interface Sleeper {

    Sleeper THREAD = duration -> TimeUnit.NANOSECONDS.sleep(Math.max(0, duration.toNanos()));

    void sleep(Duration duration) throws InterruptedException;
}
