package org.commitmenttracker.ingest.parliament;

import java.time.LocalDate;

/**
 * A page of the API that could not be taken in, or the one record of a page that could not.
 *
 * @param source {@code answered}, {@code corrected} or {@code statements}: which list of that day
 * @param skip   the page's offset in that list
 * @param reason short, in our own words (the log has the details)
 */
record PageFailure(LocalDate day, String source, int skip, String reason) {
}
