package org.commitmenttracker.events;

import java.time.LocalDate;

/**
 * One link of a commitment's thread: another commitment, or an answer's sentence, that follows it up or that it
 * follows up.
 *
 * @param commitmentId the linked commitment; null when the link is to a sentence of an answer that carries none
 * @param text         the linked commitment's action, or the sentence
 * @param later        whether the linked one is the later
 */
public record ThreadEntry(String answerId, String commitmentId, LocalDate dateAnswered, String department, String text,
                          boolean later) {
}
