package org.commitmenttracker.ingest.imports;

import java.util.Locale;

/** Where an import job is: {@code queued}, {@code running}, {@code completed} (whatever records failed) or {@code failed}. */
enum ImportState {
    QUEUED, RUNNING, COMPLETED,
    /** the file as a whole could not be imported, or the import could not go on; the job's reason says why */
    FAILED;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
