package org.commitmenttracker.notify.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How often a digest goes out: every day, or every Monday, at the same local time. */
enum DigestFrequency {
    @JsonProperty("daily") DAILY(Period.ofDays(1)),
    @JsonProperty("weekly") WEEKLY(Period.ofWeeks(1));

    private final Period period;

    DigestFrequency(Period period) {
        this.period = period;
    }

    Period period() {
        return period;
    }

    /** The first send time strictly after {@code after}: the next {@code at} (on a Monday, for weekly ones). */
    Instant nextAfter(Instant after, LocalTime at, ZoneId zone) {
        ZonedDateTime now = after.atZone(zone);
        ZonedDateTime next = now.toLocalDate().atTime(at).atZone(zone);
        if (this == WEEKLY) {
            next = next.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        }
        while (!next.isAfter(now)) {
            next = this == WEEKLY ? next.plusWeeks(1) : next.plusDays(1);
            next = next.toLocalDate().atTime(at).atZone(zone);
        }
        return next.toInstant();
    }
}
