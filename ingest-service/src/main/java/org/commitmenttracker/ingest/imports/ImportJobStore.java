package org.commitmenttracker.ingest.imports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/** Import jobs, each changed only by single-document atomic updates. */
interface ImportJobStore {

    void create(ImportJob job);

    Optional<ImportJob> find(String id);

    void started(String id, Instant at);

    void counted(String id, long total);

    /** Adds to the job's counts and appends errors (the caller keeps their number within the limit). */
    void progressed(String id, long done, long failed, Map<String, Long> outcomes, List<RecordError> errors);

    void finished(String id, ImportState state, String reason, Instant at);

    /**
     * Marks {@code failed} every job still queued or running that was created before {@code createdBefore}.
     *
     * @return their ids
     */
    List<String> failUnfinished(Instant createdBefore, String reason, Instant at);
}
