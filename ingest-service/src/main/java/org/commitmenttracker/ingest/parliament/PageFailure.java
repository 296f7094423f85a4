package org.commitmenttracker.ingest.parliament;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commitmenttracker.ingest.jobs.JobError;

/**
 * A page of the API that could not be taken in, or the one record of a page that could not.
 *
 * @param source {@code answered}, {@code corrected} or {@code statements}: which list of that day
 * @param skip   the page's offset in that list
 * @param reason short, in our own words (the log has the details)
 */
record PageFailure(LocalDate day, String source, int skip, String reason) {

    /** How a page is named in a job's errors: {@code answered 2024-07-25 skip 20}. */
    private static final Pattern PLACE = Pattern.compile("(\\S+) (\\d{4}-\\d{2}-\\d{2}) skip (\\d+)");

    JobError toError() {
        return new JobError(source + " " + day + " skip " + skip, reason);
    }

    /** The failure a job's error names, as {@link #toError()} wrote it. */
    static PageFailure of(JobError error) {
        Matcher place = PLACE.matcher(error.place());
        if (!place.matches()) {
            throw new IllegalArgumentException("not a page of the API: " + error.place());
        }
        return new PageFailure(LocalDate.parse(place.group(2)), place.group(1), Integer.parseInt(place.group(3)),
                error.reason());
    }
}
