package org.commitmenttracker.notify.alerts;

import java.time.Instant;

import org.commitmenttracker.events.CommitmentOverdue;

/**
 * An overdue alert: raised once per commitment and deadline.
 *
 * @param id    {@code <commitmentId>:<deadline>}: a second alert for the same deadline is a duplicate key
 * @param event what is published and posted to webhooks, the same every time it is sent
 */
public record Alert(String id, CommitmentOverdue event, AlertState state, Instant raisedAt) {

    public static Alert pending(String id, CommitmentOverdue event, Instant raisedAt) {
        return new Alert(id, event, AlertState.PENDING, raisedAt);
    }
}
