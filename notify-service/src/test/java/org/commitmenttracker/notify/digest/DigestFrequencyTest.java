package org.commitmenttracker.notify.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DigestFrequencyTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalTime SEVEN = LocalTime.of(7, 0);

    @Test
    void dailyDigestsGoAtTheNextSendTimeInTheTrackersZone() {
        // 06:59 and 07:00 in London (winter: UTC)
        assertThat(DigestFrequency.DAILY.nextAfter(Instant.parse("2026-12-03T06:59:00Z"), SEVEN, LONDON))
                .isEqualTo("2026-12-03T07:00:00Z");
        assertThat(DigestFrequency.DAILY.nextAfter(Instant.parse("2026-12-03T07:00:00Z"), SEVEN, LONDON))
                .isEqualTo("2026-12-04T07:00:00Z");
        // summer time: 07:00 in London is 06:00 UTC
        assertThat(DigestFrequency.DAILY.nextAfter(Instant.parse("2026-07-01T12:00:00Z"), SEVEN, LONDON))
                .isEqualTo("2026-07-02T06:00:00Z");
    }

    @Test
    void weeklyDigestsGoOnMondays() {
        // Thursday 3 December 2026 -> Monday 7 December
        assertThat(DigestFrequency.WEEKLY.nextAfter(Instant.parse("2026-12-03T12:00:00Z"), SEVEN, LONDON))
                .isEqualTo("2026-12-07T07:00:00Z");
        // Monday after seven -> the Monday after
        assertThat(DigestFrequency.WEEKLY.nextAfter(Instant.parse("2026-12-07T08:00:00Z"), SEVEN, LONDON))
                .isEqualTo("2026-12-14T07:00:00Z");
        assertThat(DigestFrequency.WEEKLY.nextAfter(Instant.parse("2026-12-07T06:00:00Z"), SEVEN, LONDON))
                .isEqualTo("2026-12-07T07:00:00Z");
    }
}
