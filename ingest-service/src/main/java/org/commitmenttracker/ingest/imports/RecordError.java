package org.commitmenttracker.ingest.imports;

/**
 * A record of an import that failed.
 *
 * @param place  where it is in the file: {@code line 3}, {@code result 7}, {@code ques uk.org.publicwhip/wrans/...}
 * @param reason what is wrong with it, e.g. {@code uin: must be 1 to 20 letters and digits}
 */
record RecordError(String place, String reason) {
}
