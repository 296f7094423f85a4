package org.commitmenttracker.notify.webhook;

import java.time.Duration;

/**
 * How long to wait after a failed attempt: {@code initial * 2^(attempts - 1)}, at most {@code max}, then spread by up
 * to 20% either way so that receivers coming back from an outage are not hit by every retry at once.
 */
record Backoff(Duration initial, Duration max) {

    static final double JITTER = 0.2;

    /**
     * @param attempts attempts made so far, at least 1
     * @param random   a uniform sample from [0, 1): 0 gives 20% less, 0.5 the exact value, towards 1 up to 20% more
     */
    Duration delayAfter(int attempts, double random) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
        }
        double exponential = initial.toMillis() * Math.pow(2, attempts - 1.0);
        double capped = Math.min(max.toMillis(), exponential);
        return Duration.ofMillis(Math.round(capped * (1 + JITTER * (2 * random - 1))));
    }
}
