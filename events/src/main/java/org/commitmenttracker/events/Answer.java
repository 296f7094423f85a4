package org.commitmenttracker.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A written answer, normalised whatever its source.
 *
 * @param id            {@code uk-parliament:<house>:<date tabled>:<uin>}, or {@code <source>:<native id>} where no
 *                      UIN is known
 * @param house         {@code commons} or {@code lords}
 * @param uin           the Parliament's unique identification number of the question, if known
 * @param answeringBody the department that answered
 * @param answerText    as received: plain text or HTML
 * @param holding       a holding answer ("I will reply as soon as possible"), to be superseded by the substantive one
 * @param groupedUins   the other questions answered together with this one, by UIN (empty if none)
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
        String sourceUrl,
        boolean holding,
        List<String> groupedUins) {

    public Answer {
        groupedUins = groupedUins == null ? List.of() : List.copyOf(groupedUins);
    }

    /** An answer that is neither a holding answer nor grouped with others. */
    public Answer(String id, String house, String uin, LocalDate dateTabled, LocalDate dateAnswered, String answeringBody,
                  String answeredBy, String askedBy, String heading, String questionText, String answerText,
                  String sourceUrl) {
        this(id, house, uin, dateTabled, dateAnswered, answeringBody, answeredBy, askedBy, heading, questionText,
                answerText, sourceUrl, false, List.of());
    }
}
