package org.commitmenttracker.ingest.answers;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One written answer as {@code POST /api/answers} takes it. {@code house}, {@code uin} and {@code dateTabled} make the
 * answer's id; where there is no UIN, {@code id} ({@code <source>:<native id>}) must be given instead.
 *
 * @param kind        {@code answer} (the default) or {@code statement} (a written ministerial statement: its title is
 *                    the heading, the minister who made it {@code answeredBy}, the day it was made {@code dateAnswered}
 *                    and {@code dateTabled}, its number the {@code uin})
 * @param answerText  plain text or HTML, as published
 * @param holding     a holding answer, superseded when the substantive answer arrives
 * @param groupedUins the other questions answered together with this one
 */
public record AnswerRequest(
        @Pattern(regexp = "answer|statement", message = "must be answer or statement") String kind,
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
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") @Size(max = 2_000) String sourceUrl,
        Boolean holding,
        @Size(max = 100) List<@NotNull @Pattern(regexp = "[A-Za-z0-9]{1,20}",
                message = "must be 1 to 20 letters and digits") String> groupedUins) {

    /** The fields of {@code POST /api/answers} as most sources have them: an answer, not holding, not grouped. */
    public AnswerRequest(String id, String house, String uin, LocalDate dateTabled, LocalDate dateAnswered,
                         String answeringBody, String answeredBy, String askedBy, String heading, String questionText,
                         String answerText, String sourceUrl) {
        this(null, id, house, uin, dateTabled, dateAnswered, answeringBody, answeredBy, askedBy, heading, questionText,
                answerText, sourceUrl, null, null);
    }

    boolean isStatement() {
        return "statement".equals(kind);
    }
}
