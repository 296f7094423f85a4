package org.commitmenttracker.notify.alerts;

import java.time.Instant;

import org.commitmenttracker.events.CommitmentAlert;
import org.commitmenttracker.events.EventType;

/**
 * An alert about a commitment, raised once: found and withdrawn once per commitment, due soon and overdue once per
 * commitment and deadline, status changed once per commitment and version.
 *
 * @param id    {@code <commitmentId>:found}, {@code <commitmentId>:<deadline>} (overdue),
 *              {@code <commitmentId>:<deadline>:due_soon}, {@code <commitmentId>:status:<version>} or
 *              {@code <commitmentId>:withdrawn}: a second alert of a kind is a duplicate key
 * @param event what is published and posted to webhooks, the same every time it is sent
 */
public record Alert(String id, CommitmentAlert event, AlertState state, Instant raisedAt) {

    public static Alert pending(String id, CommitmentAlert event, Instant raisedAt) {
        return new Alert(id, event, AlertState.PENDING, raisedAt);
    }

    /** Its type as webhooks and the API name it: {@code commitment.overdue}. */
    public String type() {
        return EventType.of(event).shortName();
    }
}
