package org.commitmenttracker.ingest.parliament;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where the poller stands: every day before {@code nextDay} was polled, except the {@code failedDays}, whose failed
 * pages are kept and which the next run polls again.
 */
record PollCheckpoint(LocalDate nextDay, SortedMap<LocalDate, List<PageFailure>> failedDays, Instant updatedAt) {

    PollCheckpoint {
        failedDays = new TreeMap<>(failedDays == null ? Map.of() : failedDays);
    }
}
