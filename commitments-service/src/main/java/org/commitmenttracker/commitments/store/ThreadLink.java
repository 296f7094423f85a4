package org.commitmenttracker.commitments.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A link in a commitment's thread: a later answer or statement that restates, updates, corrects or reports on it, or
 * the earlier commitment that this one follows up.
 *
 * @param commitmentId the linked commitment; null when the link is to an answer's text that carries no commitment
 *                     (a report that the action was done)
 * @param text         the linked commitment's action, or the answer's sentence
 * @param later        true if the linked one is the later (it follows this up), false if it is the earlier
 * @param by           who linked them: an editor, or the service when it found the thread itself
 */
public record ThreadLink(String answerId, String commitmentId, LocalDate dateAnswered, String department, String text,
                         boolean later, String by, Instant at) {
}
