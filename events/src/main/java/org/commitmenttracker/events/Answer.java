package org.commitmenttracker.events;

import java.time.LocalDate;

/**
 * A written answer, normalised whatever its source.
 *
 * @param id            {@code uk-parliament:<house>:<date tabled>:<uin>}, or {@code <source>:<native id>} where no
 *                      UIN is known
 * @param house         {@code commons} or {@code lords}
 * @param uin           the Parliament's unique identification number of the question, if known
 * @param answeringBody the department that answered
 * @param answerText    as received: plain text or HTML
 */
public record Answer(
        String id,
        String house,
        String uin,
        LocalDate dateTabled,
        LocalDate dateAnswered,
        String answeringBody,
        String answeredBy,
        String askedBy,
        String heading,
        String questionText,
        String answerText,
        String sourceUrl) {
}
