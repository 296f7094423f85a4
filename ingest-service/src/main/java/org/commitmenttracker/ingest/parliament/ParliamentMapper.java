package org.commitmenttracker.ingest.parliament;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commitmenttracker.ingest.answers.AnswerIds;
import org.commitmenttracker.ingest.answers.AnswerRequest;
import tools.jackson.databind.JsonNode;

/**
 * The API's questions and statements as {@link AnswerRequest}s, the one form every source takes in.
 *
 * <ul>
 *   <li>{@code house} {@code Commons} / {@code Lords} becomes {@code commons} / {@code lords};</li>
 *   <li>{@code dateTabled}, {@code dateAnswered} ({@code 2024-01-05T00:00:00}, no zone) are read as days;</li>
 *   <li>{@code answeringBodyName} is the answering body, {@code answeringMember.name} who answered,
 *       {@code askingMember.name} who asked; {@code answerIsHolding} marks a holding answer;</li>
 *   <li>{@code groupedQuestions} become {@code groupedUins} (see {@link #leadsGroup});</li>
 *   <li>the link is the question's page on questions-statements.parliament.uk;</li>
 *   <li>a statement's {@code title} is the heading, its {@code text} the answer text, {@code dateMade} both dates and
 *       {@code member.name} who made it.</li>
 * </ul>
 * A record without what an answer id needs (house, date tabled, UIN) cannot be mapped:
 * {@link IllegalArgumentException}.
 */
final class ParliamentMapper {

    static final String QUESTION_PAGE = "https://questions-statements.parliament.uk/written-questions/detail/";
    static final String STATEMENT_PAGE = "https://questions-statements.parliament.uk/written-statements/detail/";

    private ParliamentMapper() {
    }

    static AnswerRequest toAnswerRequest(WrittenQuestion q) {
        String house = house(q.house());
        LocalDate tabled = day(q.dateTabled(), "dateTabled");
        String uin = uin(q.uin());
        return new AnswerRequest("answer", null, house, uin, tabled, day(q.dateAnswered(), "dateAnswered"),
                q.answeringBodyName(), name(q.answeringMember()), name(q.askingMember()), q.heading(), q.questionText(),
                q.answerText(), QUESTION_PAGE + tabled + "/" + uin, Boolean.TRUE.equals(q.answerIsHolding()),
                groupedUins(q.groupedQuestions(), uin));
    }

    static AnswerRequest toAnswerRequest(WrittenStatement s) {
        String house = house(s.house());
        LocalDate made = day(s.dateMade(), "dateMade");
        String uin = uin(s.uin());
        return new AnswerRequest("statement", null, house, uin, made, made, s.answeringBodyName(), name(s.member()), null,
                s.title(), null, s.text(), STATEMENT_PAGE + made + "/" + uin, false, List.of());
    }

    /**
     * The id {@code AnswerIntake} gives the question's answer: {@code uk-parliament:<house>:<date tabled>:<uin>}
     * (as {@code AnswerIds} makes it), to withdraw a question by.
     */
    static String answerId(WrittenQuestion q) {
        return AnswerIds.parliamentId(house(q.house()), day(q.dateTabled(), "dateTabled"), uin(q.uin()));
    }

    /** Lists shorten a long answer and end it with an ellipsis; the question by id has it whole. */
    static boolean isShortened(String answerText) {
        if (answerText == null) {
            return false;
        }
        String text = answerText.stripTrailing();
        return text.endsWith("...") || text.endsWith("\u2026");
    }

    /**
     * Questions answered together are one answer, taken in under the question with the lowest UIN (shorter first,
     * then by letter, so {@code 586} before {@code 1001} and {@code HL586} before {@code HL1001}) and linked to the
     * others; the others' copies of it are left out.
     */
    static boolean leadsGroup(WrittenQuestion q) {
        if (q.uin() == null) {
            return true;
        }
        String own = q.uin().strip().toUpperCase(Locale.ROOT);
        return groupedUins(q.groupedQuestions(), own).stream()
                .map(uin -> uin.toUpperCase(Locale.ROOT))
                .noneMatch(other -> other.length() < own.length() || other.length() == own.length() && other.compareTo(own) < 0);
    }

    static boolean isWithdrawn(WrittenQuestion q) {
        return Boolean.TRUE.equals(q.isWithdrawn());
    }

    private static String house(String house) {
        if (house == null || house.isBlank()) {
            throw new IllegalArgumentException("house is missing");
        }
        return house.strip().toLowerCase(Locale.ROOT);
    }

    private static String uin(String uin) {
        if (uin == null || uin.isBlank()) {
            throw new IllegalArgumentException("uin is missing");
        }
        return uin.strip();
    }

    /** The day of {@code 2024-01-05T00:00:00} (or of a bare {@code 2024-01-05}); null stays null. */
    static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            if ("dateAnswered".equals(field)) {
                return null;
            }
            throw new IllegalArgumentException(field + " is missing");
        }
        String text = value.strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not a date: " + text, e);
        }
    }

    private static String name(ApiMember member) {
        return member == null || member.name() == null || member.name().isBlank() ? null : member.name().strip();
    }

    /** The other questions' UINs, from strings, numbers or objects with {@code uin} / {@code questionUin}. */
    static List<String> groupedUins(List<JsonNode> grouped, String ownUin) {
        if (grouped == null) {
            return List.of();
        }
        List<String> uins = new ArrayList<>();
        for (JsonNode node : grouped) {
            String uin = null;
            if (node == null || node.isNull()) {
                continue;
            } else if (node.isString() || node.isNumber()) {
                uin = node.asString();
            } else if (node.isObject()) {
                JsonNode value = node.has("uin") ? node.get("uin") : node.get("questionUin");
                uin = value == null || value.isNull() ? null : value.asString();
            }
            if (uin != null && !uin.isBlank() && !uin.strip().equalsIgnoreCase(ownUin) && !uins.contains(uin.strip())) {
                uins.add(uin.strip());
            }
        }
        return List.copyOf(uins);
    }
}
