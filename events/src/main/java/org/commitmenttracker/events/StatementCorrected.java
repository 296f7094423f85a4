package org.commitmenttracker.events;

import java.time.Instant;

/**
 * A written ministerial statement seen before, now with different content. Type
 * {@code org.commitmenttracker.statement.corrected.v1} on {@link Topics#ANSWERS}.
 */
public record StatementCorrected(String eventId, Instant occurredAt, Answer statement, String contentHash,
                                 String previousContentHash) implements TrackerEvent {

    @Override
    public String subject() {
        return statement.id();
    }
}
