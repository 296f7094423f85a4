package org.commitmenttracker.notify.alerts;

import java.time.Instant;

import org.commitmenttracker.events.CommitmentDueSoon;
import org.commitmenttracker.events.CommitmentOverdue;
import org.commitmenttracker.events.CommitmentWithdrawn;
import org.commitmenttracker.events.TrackerEvent;

/**
 * An alert: a {@link CommitmentOverdue} or a {@link CommitmentDueSoon}, raised once per commitment and deadline, or
 * a {@link CommitmentWithdrawn}, once per commitment.
 *
 * @param id    {@code <commitmentId>:<deadline>} (overdue), {@code <commitmentId>:<deadline>:due_soon} or
 *              {@code <commitmentId>:withdrawn}: a second alert of a kind is a duplicate key
 * @param event what is published and posted to webhooks, the same every time it is sent
 */
public record Alert(String id, TrackerEvent event, AlertState state, Instant raisedAt) {

    public Alert {
        if (!(event instanceof CommitmentOverdue) && !(event instanceof CommitmentDueSoon)
                && !(event instanceof CommitmentWithdrawn)) {
            throw new IllegalArgumentException("Not an alert: " + event);
        }
    }

    public static Alert pending(String id, TrackerEvent event, Instant raisedAt) {
        return new Alert(id, event, AlertState.PENDING, raisedAt);
    }
}
