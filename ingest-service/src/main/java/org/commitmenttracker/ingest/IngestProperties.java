package org.commitmenttracker.ingest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of ingest-service.
 *
 * @param maxAnswerTextChars the longest answer text accepted; longer ones are refused with a problem detail
 */
@Validated
@ConfigurationProperties("ingest")
public record IngestProperties(@Min(1_000) @Max(10_000_000) int maxAnswerTextChars) {
}
