package org.commitmenttracker.ingest.parliament;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.JsonNode;

/**
 * A written question and its answer as the Written Questions API gives it ({@code QuestionsViewModel}); fields this
 * service does not use are ignored. Dates come as {@code 2024-01-05T00:00:00}, without a zone. In a list the
 * {@code answerText} may be shortened with an ellipsis; {@code /questions/{id}} gives it whole.
 *
 * @param groupedQuestions the UINs of the questions answered together with this one: strings in the API as it is,
 *                         read leniently (numbers, or objects with {@code uin} / {@code questionUin}) in case it changes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WrittenQuestion(
        Long id,
        String uin,
        String house,
        String heading,
        String questionText,
        String answerText,
        String dateTabled,
        String dateAnswered,
        String answeringBodyName,
        ApiMember answeringMember,
        ApiMember askingMember,
        Boolean answerIsHolding,
        String dateHoldingAnswer,
        Boolean answerIsCorrection,
        String originalAnswerText,
        String dateAnswerCorrected,
        List<JsonNode> groupedQuestions,
        Boolean isWithdrawn) {
}
