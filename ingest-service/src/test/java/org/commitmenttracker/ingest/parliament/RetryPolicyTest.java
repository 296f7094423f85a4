package org.commitmenttracker.ingest.parliament;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final Clock clock = Clock.fixed(Instant.parse("2024-02-19T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void backoffDoublesEachRetryWithTheSecondHalfRandom() {
        RetryPolicy least = new RetryPolicy(4, Duration.ofSeconds(1), clock, () -> 0.0);
        RetryPolicy most = new RetryPolicy(4, Duration.ofSeconds(1), clock, () -> 0.999_999);

        assertThat(least.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(least.backoff(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(least.backoff(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(least.backoff(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(most.backoff(1)).isBetween(Duration.ofMillis(999), Duration.ofSeconds(1));
        assertThat(most.backoff(4)).isBetween(Duration.ofMillis(7_999), Duration.ofSeconds(8));
    }

    @Test
    void jitterSpreadsTheWaitsOfOneRetry() {
        double[] draws = {0.1, 0.9};
        int[] next = {0};
        RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(2), clock, () -> draws[next[0]++]);

        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(1_100));
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(1_900));
    }

    @Test
    void retryAfterInSecondsIsWaitedInsteadOfTheBackoff() {
        RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(1), clock, () -> 0.0);

        assertThat(policy.waitBefore(1, "7")).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.waitBefore(3, " 0 ")).isEqualTo(Duration.ZERO);
    }

    @Test
    void retryAfterAsAnHttpDateIsCountedFromTheClock() {
        RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(1), clock, () -> 0.0);

        assertThat(policy.waitBefore(1, "Mon, 19 Feb 2024 10:01:30 GMT")).isEqualTo(Duration.ofSeconds(90));
        assertThat(policy.waitBefore(1, "Mon, 19 Feb 2024 09:59:00 GMT")).isEqualTo(Duration.ZERO);
    }

    @Test
    void anUnreadableOrMissingRetryAfterFallsBackToTheBackoff() {
        RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(1), clock, () -> 0.0);

        assertThat(policy.waitBefore(2, "soon")).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.waitBefore(2, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.waitBefore(2, "")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void serverErrorsAndTooManyRequestsAreRetriedOtherClientErrorsAreNot() {
        assertThat(RetryPolicy.retryableStatus(500)).isTrue();
        assertThat(RetryPolicy.retryableStatus(503)).isTrue();
        assertThat(RetryPolicy.retryableStatus(429)).isTrue();
        assertThat(RetryPolicy.retryableStatus(400)).isFalse();
        assertThat(RetryPolicy.retryableStatus(404)).isFalse();
        assertThat(RetryPolicy.retryableStatus(200)).isFalse();
    }
}
