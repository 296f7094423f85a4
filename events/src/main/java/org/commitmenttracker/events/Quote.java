package org.commitmenttracker.events;

/**
 * The words that carry a commitment, verbatim.
 *
 * @param start offset of the first character in the answer's plain text
 * @param end   offset just past the last character
 */
public record Quote(String text, int start, int end) {
}
