package org.commitmenttracker.commitments.reextraction;

import java.time.Instant;

/**
 * A re-extraction of every stored answer, as {@code GET /api/commitments/reextract/{id}} shows it.
 *
 * @param state     {@code running}, {@code done}, or {@code failed} (with {@code reason})
 * @param total     the answers stored when it started (answers stored meanwhile are read too)
 * @param done      answers read again so far
 * @param changed   commitments that changed (found for the first time, read differently, or dropped)
 * @param skipped   answers withdrawn, or stored before their full record was kept (import those again)
 * @param failed    answers that could not be read or stored again (see the service's log)
 * @param checkpoint the id of the last answer read; a job resumed after a restart goes on after it
 */
public record ReextractionJob(String id, String state, long total, long done, long changed, long skipped, long failed,
                              String reason, String checkpoint, Instant startedAt, Instant updatedAt) {

    static final String RUNNING = "running";
    static final String DONE = "done";
    static final String FAILED = "failed";
}
