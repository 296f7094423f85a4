package org.commitmenttracker.ingest.parliament;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The poller's checkpoint: one record, changed one day at a time. */
interface CheckpointStore {

    Optional<PollCheckpoint> load();

    /**
     * Records one polled day in a single atomic change: its failures replace those it had (none clears it from the
     * failed days), and, if {@code nextDay} is given, the checkpoint moves on to it.
     */
    void recordDay(LocalDate day, List<PageFailure> failures, LocalDate nextDay, Instant at);
}
