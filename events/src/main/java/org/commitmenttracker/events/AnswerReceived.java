package org.commitmenttracker.events;

import java.time.Instant;

/**
 * An answer seen for the first time. Type {@code org.commitmenttracker.answer.received.v1} on {@link Topics#ANSWERS}.
 *
 * @param contentHash hash of the answer's content, to tell a correction from a duplicate
 */
public record AnswerReceived(String eventId, Instant occurredAt, Answer answer, String contentHash) implements TrackerEvent {

    @Override
    public String subject() {
        return answer.id();
    }
}
