package org.commitmenttracker.notify;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
 * @param consumerGroup the Kafka consumer group its view of the commitments is read in ({@code NOTIFY_CONSUMER_GROUP});
 *             every instance of one deployment shares it, two deployments on one cluster must not
 */
@Validated
@ConfigurationProperties("notify")
public record NotifyProperties(@NotNull ZoneId zone,
                               @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]+") String consumerGroup,
                               @NotNull @Valid Overdue overdue, @NotNull @Valid Webhooks webhooks,
                               @NotNull @Valid Digests digests) {

    /**
     * E-mail digests (the SMTP server is Spring Boot's {@code spring.mail.*}: {@code SMTP_HOST}, {@code SMTP_PORT}
     * ...).
     *
     * @param publicUrl     where people reach the gateway ({@code TRACKER_PUBLIC_URL}): the base of the dashboard
     *                      links and of the unsubscribe link in each digest
     * @param from          the sender address ({@code DIGEST_FROM})
     * @param sendAt        the local time (in {@code zone}) digests go out: daily ones every day, weekly ones on
     *                      Mondays
     * @param checkInterval pause between two looks for digests that are due
     * @param maxAlerts     most alerts listed in one digest (the rest are counted, with a link to the dashboard)
     */
    public record Digests(@NotNull URI publicUrl, @NotNull @Email @NotBlank String from,
                          @NotNull LocalTime sendAt,
                          @NotNull @DurationMin(millis = 50) @DurationMax(hours = 1) Duration checkInterval,
                          @Min(1) @Max(1000) int maxAlerts) {

        @AssertTrue(message = "publicUrl must be an absolute http or https URL")
        boolean isPublicUrlAbsolute() {
            return publicUrl == null || publicUrl.isAbsolute()
                    && ("http".equals(publicUrl.getScheme()) || "https".equals(publicUrl.getScheme()));
        }
    }

    /**
     * @param scanInterval pause between two scans for commitments that have gone overdue or fall due soon
     * @param dueSoonLead  how long before its deadline a commitment is due soon (a {@code commitment.due_soon} alert)
     * @param lease        how long the instance that scans keeps the right to, without scanning again; another
     *                     instance takes over at most this long after it dies
     */
    public record Overdue(@NotNull @DurationMin(millis = 100) @DurationMax(hours = 1) Duration scanInterval,
                          @NotNull Period dueSoonLead,
                          @NotNull @DurationMin(seconds = 1) @DurationMax(minutes = 10) Duration lease) {

        @AssertTrue(message = "lease must be at least twice scan-interval, or the scanning instance loses it between scans")
        boolean isLeaseLongerThanTheScans() {
            return lease == null || scanInterval == null || lease.compareTo(scanInterval.multipliedBy(2)) >= 0;
        }

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
     * @param timeout          how long connecting may take, and again each wait for the receiver's answer
     * @param retryWindow      how long a delivery is retried before it fails and its webhook is disabled (about three
     *                         days by default, as Standard Webhooks senders do)
     * @param initialBackoff   wait after the first failed attempt; doubled after each further one
     * @param maxBackoff       the longest wait between two attempts (before jitter of up to 20%)
     * @param dispatchInterval pause between two looks for deliveries that are due
     * @param secretRotationGrace how long the secret before a rotation still signs calls, beside the new one
     */
    public record Webhooks(
            @NotNull List<@NotNull @Pattern(regexp = "[A-Za-z0-9._:%-]+",
                    message = "must be a host name or an IP address without brackets, scheme or port") String> allowedHosts,
            @NotNull @DurationMin(millis = 100) @DurationMax(minutes = 5) Duration timeout,
            @NotNull @DurationMin(millis = 100) @DurationMax(days = 14) Duration retryWindow,
            @NotNull @DurationMin(millis = 10) Duration initialBackoff,
            @NotNull @DurationMin(millis = 10) @DurationMax(days = 1) Duration maxBackoff,
            @NotNull @DurationMin(millis = 50) @DurationMax(minutes = 10) Duration dispatchInterval,
            @NotNull @DurationMin(seconds = 0) @DurationMax(days = 30) Duration secretRotationGrace) {

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
