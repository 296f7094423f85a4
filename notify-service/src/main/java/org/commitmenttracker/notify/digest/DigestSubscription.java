package org.commitmenttracker.notify.digest;

import java.time.Instant;

import org.commitmenttracker.notify.alerts.AlertFilter;

/**
 * A staff member's e-mail digest: the alerts its filter lets through, raised since the last digest, sent daily or
 * weekly.
 *
 * @param owner            the principal that made it (from the gateway); only they and admins see it
 * @param unsubscribeToken the secret in its one-click unsubscribe link; never shown by the API
 * @param periodStart      the next digest lists the alerts raised from here on
 * @param nextDigestAt     when the next digest is due
 * @param unsubscribedAt   set by the unsubscribe link; nothing is sent after it
 */
record DigestSubscription(String id, String owner, String email, DigestFrequency frequency, AlertFilter filter,
                          String unsubscribeToken, Instant createdAt, Instant periodStart, Instant nextDigestAt,
                          Instant lastSentAt, String lastError, Instant unsubscribedAt) {

    DigestSubscription {
        filter = filter == null ? AlertFilter.EVERYTHING : filter;
    }

    boolean isActive() {
        return unsubscribedAt == null;
    }

    @Override
    public String toString() {
        return "DigestSubscription[id=" + id + ", frequency=" + frequency + "]";
    }
}
