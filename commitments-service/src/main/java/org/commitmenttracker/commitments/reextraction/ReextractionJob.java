package org.commitmenttracker.commitments.reextraction;

import java.time.Instant;

/**
 * A re-extraction of every stored answer, as {@code GET /api/commitments/reextract/{id}} shows it.
 *
 * @param state     {@code running}, {@code done}, or {@code failed} (with {@code reason})
 * @param total     the answers stored when it started (answers stored meanwhile are read too)
 * @param done      answers read again so far
 * @param changed   commitments that changed (found for the first time, read differently, or dropped)
 * @param skipped   answers stored before their full record was kept, which cannot be read again: import them again
 * @param checkpoint the id of the last answer read; a job resumed after a restart goes on after it
 */
public record ReextractionJob(String id, String state, long total, long done, long changed, long skipped, String reason,
                              String checkpoint, Instant startedAt, Instant updatedAt) {

    static final String RUNNING = "running";
    static final String DONE = "done";
    static final String FAILED = "failed";
}
