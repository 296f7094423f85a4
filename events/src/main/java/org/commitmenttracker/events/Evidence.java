package org.commitmenttracker.events;

import java.time.LocalDate;

/**
 * A link that shows where a commitment stands: a publication, a later answer, a news report.
 *
 * @param date when the linked document was published; null when it is not known
 */
public record Evidence(String url, String title, LocalDate date) {
}
