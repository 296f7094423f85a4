package org.commitmenttracker.ingest.parliament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RequestPacerTest {

    private long now = 1_000_000_000L;
    private final List<Duration> waits = new ArrayList<>();
    private final Sleeper sleeper = duration -> {
        waits.add(duration);
        now += duration.toNanos();
    };

    @Test
    void requestsInABurstAreSpacedOutToTheRate() throws InterruptedException {
        RequestPacer pacer = new RequestPacer(4, () -> now, sleeper);

        for (int i = 0; i < 4; i++) {
            pacer.acquire();
        }

        assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250), Duration.ofMillis(250));
    }

    @Test
    void aRequestAfterAPauseGoesAtOnce() throws InterruptedException {
        RequestPacer pacer = new RequestPacer(2, () -> now, sleeper);

        pacer.acquire();
        now += 2_000_000_000L;
        pacer.acquire();
        now += 100_000_000L;
        pacer.acquire();

        assertThat(waits).containsExactly(Duration.ofMillis(400));
    }

    @Test
    void aRateBelowOneAskWaitsSeconds() throws InterruptedException {
        RequestPacer pacer = new RequestPacer(0.5, () -> now, sleeper);

        pacer.acquire();
        pacer.acquire();

        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void theRateMustBePositive() {
        assertThatThrownBy(() -> new RequestPacer(0, () -> now, sleeper)).isInstanceOf(IllegalArgumentException.class);
    }
}
