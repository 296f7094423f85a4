package org.commitmenttracker.commitments.extraction;

import org.commitmenttracker.events.Strength;

/**
 * One commitment the engine found.
 *
 * @param quote      the sentence carrying it, verbatim from the plain text
 * @param start      offset of the quote in the plain text
 * @param end        offset just past the quote
 * @param position   0, 1, ... for several commitments carried by the same sentence
 * @param action     what is promised, normalised ("launch a consultation on electoral integrity")
 * @param confidence 0 to 1
 */
public record ExtractedCommitment(String quote, int start, int end, int position, String action, Strength strength,
                                  double confidence, FoundDeadline deadline) {
}
