package org.commitmenttracker.ingest.jobs;

/**
 * A unit of a job that failed.
 *
 * @param place  where: {@code line 3} of an import, {@code answered 2024-07-25 skip 20} of a backfill
 * @param reason what was wrong, in our own words, e.g. {@code uin: must be 1 to 20 letters and digits}
 */
public record JobError(String place, String reason) {
}
