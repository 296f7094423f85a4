package org.commitmenttracker.events;

import java.time.Instant;

/**
 * A question withdrawn, with its answer if it had one. Type {@code org.commitmenttracker.answer.withdrawn.v1} on
 * {@link Topics#ANSWERS}; consumers stop treating the answer's commitments as current.
 */
public record AnswerWithdrawn(String eventId, Instant occurredAt, String answerId) implements TrackerEvent {

    @Override
    public String subject() {
        return answerId;
    }
}
