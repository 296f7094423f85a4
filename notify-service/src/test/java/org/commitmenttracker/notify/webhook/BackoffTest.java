package org.commitmenttracker.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10));

    @Test
    void doublesFromTheInitialWaitUpToTheMaximum() {
        assertThat(IntStream.rangeClosed(1, 11).mapToObj(attempts -> backoff.delayAfter(attempts, 0.5)))
                .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                        Duration.ofSeconds(16), Duration.ofSeconds(32), Duration.ofSeconds(64),
                        Duration.ofSeconds(128), Duration.ofSeconds(256), Duration.ofSeconds(512),
                        Duration.ofMinutes(10), Duration.ofMinutes(10));
    }

    @Test
    void jitterSpreadsEachWaitByUpToTwentyPercentEitherWay() {
        assertThat(backoff.delayAfter(3, 0.0)).isEqualTo(Duration.ofMillis(6_400));
        assertThat(backoff.delayAfter(3, 0.25)).isEqualTo(Duration.ofMillis(7_200));
        assertThat(backoff.delayAfter(3, 0.9999999)).isBetween(Duration.ofMillis(9_599), Duration.ofMillis(9_600));
        assertThat(backoff.delayAfter(40, 0.0)).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void aManyTimesFailedDeliveryDoesNotOverflow() {
        assertThat(backoff.delayAfter(5_000, 0.5)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void thereIsNoWaitBeforeAnyAttempt() {
        assertThatThrownBy(() -> backoff.delayAfter(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
