package org.commitmenttracker.notify;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of notify-service. Defaults are in {@code application.yml}; a missing or malformed value stops start-up
 * with a message naming it.
 *
 * @param zone the zone whose calendar decides when a deadline has passed ({@code TRACKER_ZONE}, Europe/London by
 *             default; commitments-service reads the same setting)
 */
@Validated
@ConfigurationProperties("notify")
public record NotifyProperties(@NotNull ZoneId zone, @NotNull @Valid Overdue overdue, @NotNull @Valid Webhooks webhooks) {

    /**
     * @param scanInterval pause between two scans for commitments that have gone overdue or fall due soon
     * @param dueSoonLead  how long before its deadline a commitment is due soon (a {@code commitment.due_soon} alert)
     */
    public record Overdue(@NotNull @DurationMin(millis = 100) @DurationMax(hours = 1) Duration scanInterval,
                          @NotNull Period dueSoonLead) {

        @AssertTrue(message = "must be from 1 to 366 days")
        boolean isDueSoonLeadReasonable() {
            return dueSoonLead == null || !dueSoonLead.isNegative() && !dueSoonLead.isZero()
                    && dueSoonLead.toTotalMonths() * 31 + dueSoonLead.getDays() <= 366;
        }
    }

    /**
     * @param allowedHosts     host names or IP addresses, as written in webhook URLs, that may be private, loopback or
     *                         link-local all the same ({@code WEBHOOK_ALLOWED_HOSTS}, comma-separated); compared
     *                         without regard to case
     * @param timeout          how long one delivery attempt may take, connecting included
     * @param maxAttempts      attempts at one delivery before it fails and its webhook is disabled
     * @param initialBackoff   wait after the first failed attempt; doubled after each further one
     * @param maxBackoff       the longest wait between two attempts (before jitter of up to 20%)
     * @param dispatchInterval pause between two looks for deliveries that are due
     */
    public record Webhooks(
            @NotNull List<@NotNull @Pattern(regexp = "[A-Za-z0-9._:%-]+",
                    message = "must be a host name or an IP address without brackets, scheme or port") String> allowedHosts,
            @NotNull @DurationMin(millis = 100) @DurationMax(minutes = 5) Duration timeout,
            @Min(1) @Max(50) int maxAttempts,
            @NotNull @DurationMin(millis = 10) Duration initialBackoff,
            @NotNull @DurationMin(millis = 10) @DurationMax(days = 1) Duration maxBackoff,
            @NotNull @DurationMin(millis = 50) @DurationMax(minutes = 10) Duration dispatchInterval) {

        public Webhooks {
            allowedHosts = allowedHosts == null ? null : allowedHosts.stream()
                    .map(host -> host == null ? null : host.strip().toLowerCase(Locale.ROOT))
                    .filter(host -> host == null || !host.isEmpty())
                    .toList();
        }

        @AssertTrue(message = "must not be shorter than initial-backoff")
        boolean isMaxBackoffAtLeastInitialBackoff() {
            return initialBackoff == null || maxBackoff == null || maxBackoff.compareTo(initialBackoff) >= 0;
        }
    }
}
