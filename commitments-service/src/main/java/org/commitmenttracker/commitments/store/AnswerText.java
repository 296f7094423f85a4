package org.commitmenttracker.commitments.store;

import java.time.Instant;

import org.commitmenttracker.events.Answer;

/**
 * The plain text of an answer's latest version, as the engine read it: the text its commitments' quote offsets point
 * into, so that a reader can see each quote in its place; and the answer itself, as its event carried it, so that it
 * can be read again by a later engine ({@code answer} is null for answers stored before it was kept).
 *
 * @param statement whether it is a written ministerial statement, which the engine reads a little differently
 * @param withdrawn whether its question was withdrawn since (its commitments are tracked no more)
 */
public record AnswerText(String answerId, String text, String lastAnswerEventId, Instant updatedAt, Answer answer,
                         boolean statement, boolean withdrawn) {
}
