package org.commitmenttracker.ingest.parliament;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed request to the Parliament API is tried again, and after how long. Retried: 5xx, 429 and I/O failures
 * (timeouts among them), up to {@code maxRetries} times. The wait is the server's {@code Retry-After} where it gives
 * one (seconds or an HTTP date), otherwise exponential backoff from {@code initialBackoff} with jitter: half of each
 * wait is fixed, half random, so that clients that failed together do not come back together.
 */
final class RetryPolicy {

    /**
     * A longer {@code Retry-After} is not waited out: the page fails (and its day is tried again later), so that one
     * request does not hold the poller or a backfill for hours.
     */
    static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(5);

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Clock clock;
    private final DoubleSupplier random;

    RetryPolicy(int maxRetries, Duration initialBackoff, Clock clock, DoubleSupplier random) {
        this.maxRetries = maxRetries;
        this.initialBackoff = initialBackoff;
        this.clock = clock;
        this.random = random;
    }

    int maxRetries() {
        return maxRetries;
    }

    static boolean retryableStatus(int status) {
        return status == 429 || status >= 500 && status <= 599;
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry).
     *
     * @param retryAfter the failed response's {@code Retry-After} header, or null
     */
    Duration waitBefore(int retry, String retryAfter) {
        return retryAfter(retryAfter).orElseGet(() -> backoff(retry));
    }

    /** {@code initialBackoff · 2^(retry-1)}, of which the second half is random. */
    Duration backoff(int retry) {
        long base = initialBackoff.toNanos() << Math.min(Math.max(retry - 1, 0), 30);
        if (base < 0) {
            base = Long.MAX_VALUE;
        }
        long half = base / 2;
        return Duration.ofNanos(half + (long) (half * random.getAsDouble()));
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date (relative to the clock); empty if absent or unreadable. */
    Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException tooLong) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
            }
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeException unreadable) {
            return Optional.empty();
        }
    }
}
