package org.commitmenttracker.commitments;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of commitments-service.
 *
 * @param zone            the zone whose calendar decides when a deadline has passed ({@code TRACKER_ZONE},
 *                        Europe/London by default; notify-service reads the same setting)
 * @param impliedDeadline how long after the answer a vague phrase falls due, per class of phrase
 * @param reviewThreshold commitments the engine is less sure of than this (0 to 1) start {@code unreviewed}; the
 *                        others start {@code accepted}
 * @param republishInterval how often to look for commitment events a write stored but could not publish
 * @param extractionThreads how many answers of a batch are read by the engine at once
 *                          ({@code COMMITMENTS_EXTRACTION_THREADS}, 2 by default: the cores of a small machine)
 */
@Validated
@ConfigurationProperties("commitments")
public record CommitmentsProperties(@NotNull ZoneId zone,
                                    @Valid @NotNull ImpliedDeadline impliedDeadline,
                                    @DecimalMin("0.0") @DecimalMax("1.0") double reviewThreshold,
                                    @NotNull @DurationMin(millis = 100) @DurationMax(hours = 1) Duration republishInterval,
                                    @Min(1) @Max(64) int extractionThreads) {

    /** Periods of the implied-deadline policy, one per class of vague phrase. */
    public record ImpliedDeadline(@NotNull Period soon, @NotNull Period comingMonths, @NotNull Period dueCourse,
                                  @NotNull Period parliamentaryTime) {
    }
}
