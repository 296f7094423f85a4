package org.commitmenttracker.ingest;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of ingest-service.
 *
 * @param maxAnswerTextChars the longest answer text accepted; longer ones are refused with a problem detail
 * @param imports            bulk imports ({@code POST /api/imports})
 * @param jobs               background jobs of every kind (imports, backfills)
 * @param parliament         the UK Parliament Written Questions API and its poller
 */
@Validated
@ConfigurationProperties("ingest")
public record IngestProperties(@Min(1_000) @Max(10_000_000) int maxAnswerTextChars,
                               @Valid @NotNull Imports imports,
                               @Valid @NotNull Jobs jobs,
                               @Valid @NotNull Parliament parliament) {

    /**
     * @param maxBodySize     the largest import accepted (the body is spooled to disk, never held in memory)
     * @param maxLineChars    the longest line of an NDJSON import; a longer one fails that line only
     */
    public record Imports(@NotNull DataSize maxBodySize, @Min(1_000) int maxLineChars) {
    }

    /**
     * @param maxStoredErrors how many errors a job keeps (failed records of an import, failed pages of a backfill):
     *                        all are counted
     */
    public record Jobs(@Min(1) int maxStoredErrors) {
    }

    /**
     * @param pollingEnabled    whether the poller runs (PARLIAMENT_POLLING_ENABLED; off unless asked for)
     * @param baseUrl           PARLIAMENT_API_BASE_URL
     * @param pollInterval      how often the poller looks for new and corrected answers
     * @param pollFrom          the first day polled when there is no checkpoint yet
     * @param requestsPerSecond how hard the API is asked, at most
     * @param pageSize          results per page ({@code take})
     * @param maxRetries        retries of a request that failed with a 5xx or a timeout
     * @param initialBackoff    the first retry's wait; doubled each time, with jitter, or the API's Retry-After
     * @param timeout           of each request
     * @param backfillWindowDays the days a backfill asks for with one range query (7: a week of the API is some tens
     *                          of pages)
     */
    public record Parliament(boolean pollingEnabled, @NotNull URI baseUrl, @NotNull Duration pollInterval,
                             LocalDate pollFrom, @Positive double requestsPerSecond, @Min(1) @Max(100) int pageSize,
                             @Min(0) @Max(20) int maxRetries, @NotNull Duration initialBackoff, @NotNull Duration timeout,
                             @Min(1) @Max(31) int backfillWindowDays) {
    }
}
