package org.commitmenttracker.events;

import java.time.Instant;

/**
 * A written ministerial statement seen for the first time. Type {@code org.commitmenttracker.statement.received.v1}
 * on {@link Topics#ANSWERS}. The statement travels as an {@link Answer}: its title is the heading, the minister who
 * made it {@code answeredBy}, the day it was made {@code dateAnswered} (and {@code dateTabled}); it has no question.
 */
public record StatementReceived(String eventId, Instant occurredAt, Answer statement, String contentHash)
        implements TrackerEvent {

    @Override
    public String subject() {
        return statement.id();
    }
}
