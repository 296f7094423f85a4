package org.commitmenttracker.ingest.imports;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commitmenttracker.ingest.answers.AnswerIntake;

/**
 * An import job as stored.
 *
 * @param total    the records in the file, known once the file has been read through once (0 until then)
 * @param done     records taken in, whatever their outcome
 * @param failed   records that could not be taken in
 * @param outcomes how many records had each of the {@link #OUTCOMES}
 * @param errors   the first failed records, up to {@code ingest.imports.max-stored-errors}
 * @param reason   why the job failed, if it did
 */
record ImportJob(String id, ImportFormat format, ImportState state, long total, long done, long failed,
                 Map<String, Long> outcomes, List<RecordError> errors, String reason, Instant createdAt,
                 Instant startedAt, Instant finishedAt) {

    /**
     * What became of the records taken in: {@code received}, {@code corrected}, {@code duplicate}, {@code superseded},
     * {@code withdrawn} (as {@code POST /api/answers} says), or {@code grouped} (a question answered together with
     * another, taken in once under that one).
     */
    static final List<String> OUTCOMES = List.of("received", "corrected", "duplicate", "superseded", "withdrawn", "grouped");

    static final String GROUPED = "grouped";

    static String outcome(AnswerIntake.Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    static ImportJob queued(String id, ImportFormat format, Instant at) {
        return new ImportJob(id, format, ImportState.QUEUED, 0, 0, 0, Map.of(), List.of(), null, at, null, null);
    }
}
