package org.commitmenttracker.commitments.store;

import java.time.Instant;

/**
 * The plain text of an answer's latest version, as the engine read it: the text its commitments' quote offsets point
 * into, so that a reader can see each quote in its place.
 */
public record AnswerText(String answerId, String text, String lastAnswerEventId, Instant updatedAt) {
}
