package org.commitmenttracker.notify.digest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.commitmenttracker.notify.NotifyProperties;
import org.commitmenttracker.notify.alerts.Alert;
import org.commitmenttracker.notify.alerts.AlertStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the digests that are due. Each is claimed first by moving its next time {@link #RETRY} on (so another
 * instance leaves it alone), then lists the alerts raised in its period that its filter lets through; when there are
 * none, nothing is sent and the next period begins. If the SMTP server refuses or cannot be reached, the period stays
 * open and the digest is tried again {@link #RETRY} later, with the error shown in the API.
 */
@Component
class DigestSender {

    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);

    static final Duration RETRY = Duration.ofMinutes(5);

    /** How many alerts of a period are read to filter; more than a digest lists. */
    static final int READ_LIMIT = 5_000;

    private final DigestStore digests;
    private final AlertStore alerts;
    private final JavaMailSender mail;
    private final Clock clock;
    private final NotifyProperties.Digests settings;
    private final ZoneId zone;

    DigestSender(DigestStore digests, AlertStore alerts, JavaMailSender mail, Clock clock, NotifyProperties properties) {
        this.digests = digests;
        this.alerts = alerts;
        this.mail = mail;
        this.clock = clock;
        this.settings = properties.digests();
        this.zone = properties.zone();
    }

    @Scheduled(fixedDelayString = "${notify.digests.check-interval}")
    void sendDue() {
        for (int i = 0; i < 100; i++) {
            Instant now = clock.instant();
            Optional<DigestSubscription> due = digests.claimDue(now, now.plus(RETRY));
            if (due.isEmpty()) {
                return;
            }
            DigestSubscription subscription = due.get();
            try {
                // after the instant the last period ended at, which that digest listed
                boolean sent = send(subscription, subscription.periodStart().plusMillis(1), now);
                digests.sent(subscription.id(), now,
                        subscription.frequency().nextAfter(now, settings.sendAt(), zone), sent ? now : null);
            } catch (MailException | MessagingException e) {
                log.warn("Digest {} not sent; trying again in {}: {}", subscription.id(), RETRY, e.toString());
                digests.failed(subscription.id(), "not sent: " + e.getMessage());
            }
        }
    }

    /**
     * Sends the digest of the alerts raised from {@code from} to {@code to}, both included, that the subscription's
     * filter lets through, unless there are none.
     *
     * @return whether a digest was sent
     */
    boolean send(DigestSubscription subscription, Instant from, Instant to) throws MessagingException {
        List<Alert> matching = alerts.find(new AlertStore.AlertQuery(subscription.filter().types(),
                        subscription.filter().departmentsWithTheirLines(), from, to, READ_LIMIT))
                .stream().filter(alert -> subscription.filter().matches(alert.event())).toList();
        if (matching.isEmpty()) {
            return false;
        }
        List<Alert> listed = matching.subList(0, Math.min(matching.size(), settings.maxAlerts()));
        URI unsubscribe = unsubscribeLink(subscription);
        DigestMail.Content content = DigestMail.of(listed, matching.size() - listed.size(), from, to, zone,
                settings.publicUrl(), unsubscribe);
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(subscription.email());
        helper.setSubject(content.subject());
        helper.setText(content.text(), content.html());
        // RFC 8058 one-click unsubscribe, for mail clients that offer it
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mail.send(message);
        log.info("Digest {} sent: {} alerts", subscription.id(), matching.size());
        return true;
    }

    URI unsubscribeLink(DigestSubscription subscription) {
        return URI.create(DigestMail.base(settings.publicUrl()) + "api/digests/unsubscribe/"
                + subscription.unsubscribeToken());
    }
}
