package org.commitmenttracker.ingest.answers;

import java.time.Instant;

import org.commitmenttracker.events.Answer;

/** An answer ingest-service has published, with the hash of the content it last published. */
record SeenAnswer(String id, String contentHash, int version, Instant firstSeenAt, Instant lastChangedAt, Answer answer,
                  boolean withdrawn) {
}
