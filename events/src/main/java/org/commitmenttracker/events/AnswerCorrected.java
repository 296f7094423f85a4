package org.commitmenttracker.events;

import java.time.Instant;

/**
 * An answer seen before, now with different content. Type {@code org.commitmenttracker.answer.corrected.v1} on
 * {@link Topics#ANSWERS}. Consumers re-extract from {@code answer} and keep what staff recorded.
 */
public record AnswerCorrected(String eventId, Instant occurredAt, Answer answer, String contentHash,
                              String previousContentHash) implements TrackerEvent {

    @Override
    public String subject() {
        return answer.id();
    }
}
