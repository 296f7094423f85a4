package org.commitmenttracker.ingest.answers;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One written answer as {@code POST /api/answers} takes it. {@code house}, {@code uin} and {@code dateTabled} make the
 * answer's id; where there is no UIN, {@code id} ({@code <source>:<native id>}) must be given instead.
 *
 * @param answerText plain text or HTML, as published
 */
public record AnswerRequest(
        @Pattern(regexp = AnswerIds.SOURCE_ID_PATTERN, message = "must look like <source>:<native id>, e.g. hansard:12345")
        String id,
        @NotBlank @Pattern(regexp = "(?i)commons|lords", message = "must be commons or lords") String house,
        @Pattern(regexp = "[A-Za-z0-9]{1,20}", message = "must be 1 to 20 letters and digits") String uin,
        LocalDate dateTabled,
        @NotNull LocalDate dateAnswered,
        @NotBlank @Size(max = 200) String answeringBody,
        @Size(max = 200) String answeredBy,
        @Size(max = 200) String askedBy,
        @Size(max = 500) String heading,
        @Size(max = 20_000) String questionText,
        @NotBlank String answerText,
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") @Size(max = 2_000) String sourceUrl) {
}
