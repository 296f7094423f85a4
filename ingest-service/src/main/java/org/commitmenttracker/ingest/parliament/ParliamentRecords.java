package org.commitmenttracker.ingest.parliament;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commitmenttracker.ingest.answers.AnswerIds;
import org.commitmenttracker.ingest.answers.AnswerRequest;
import tools.jackson.databind.JsonNode;

/**
 * The one mapping of the UK Parliament APIs' records (the {@code value} of a result) to what ingest-service takes in,
 * used by the poller, backfills and imports of API pages alike.
 *
 * <ul>
 *   <li>A question ({@code QuestionsViewModel}) is an answer: {@code house} lowercased; {@code dateTabled} and
 *       {@code dateAnswered} ({@code 2024-01-05T00:00:00}, with or without a time or a zone) as days;
 *       {@code answeringBodyName} the answering body, {@code answeringMember.name} who answered,
 *       {@code askingMember.name} who asked; {@code answerIsHolding} a holding answer; {@code groupedQuestions}
 *       (UINs as strings or numbers, or objects with {@code uin} or {@code questionUin}) the grouped UINs; the answer
 *       text as published (HTML); the link its page on questions-statements.parliament.uk.</li>
 *   <li>A question with {@code isWithdrawn} is a {@link Withdrawal}.</li>
 *   <li>Questions answered together are one answer, taken in under the lowest UIN of the group
 *       ({@link #UIN_ORDER}); the others are {@link Grouped}.</li>
 *   <li>A statement ({@code StatementsViewModel}: {@code dateMade}, {@code title}, {@code text}, {@code member}) is an
 *       answer of kind statement, {@code dateMade} both its dates.</li>
 *   <li>A shortened answer text, as the API's lists give long ones (ending in an ellipsis, {@code ...}, {@code …},
 *       either of them before closing tags such as {@code </p>}), is marked {@link Answer#shortened()}: the question's
 *       own record ({@code /questions/{id}}) has it whole.</li>
 * </ul>
 * A field of the wrong type or format makes the record {@link Unreadable}, with every such field named; missing
 * fields are left to the answer's validation, as for every other source.
 */
public final class ParliamentRecords {

    public static final String QUESTION_PAGE = "https://questions-statements.parliament.uk/written-questions/detail/";
    public static final String STATEMENT_PAGE = "https://questions-statements.parliament.uk/written-statements/detail/";

    /** Shorter first, then by letter (case aside): {@code 586} before {@code 1001}, {@code HL586} before {@code HL1001}. */
    public static final Comparator<String> UIN_ORDER = Comparator.<String>comparingInt(String::length)
            .thenComparing(uin -> uin.toUpperCase(Locale.ROOT));

    private static final Pattern UIN = Pattern.compile("[A-Za-z0-9]{1,20}");
    private static final Pattern API_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern SHORTENED = Pattern.compile("(\\.\\.\\.|\u2026)\\s*(</[A-Za-z0-9]+>\\s*)*$");

    /** What a record of the API is. */
    public sealed interface Mapped {
    }

    /** An answer or a statement to take in; {@code questionId} is the API's id of the question, if it has one. */
    public record Answer(AnswerRequest request, boolean shortened, Long questionId) implements Mapped {
    }

    /** A withdrawn question, by the id its answer has. */
    public record Withdrawal(String answerId) implements Mapped {
    }

    /** A question answered together with the one whose UIN leads the group, taken in under that one. */
    public record Grouped(String leadUin) implements Mapped {
    }

    /** A record that cannot be taken in, and why. */
    public record Unreadable(String reason) implements Mapped {
    }

    private ParliamentRecords() {
    }

    /** @param value the {@code value} object of one of the API's results */
    public static Mapped map(JsonNode value) {
        if (value == null || !value.isObject()) {
            return new Unreadable("the result has no value object");
        }
        Fields fields = new Fields(value);
        boolean statement = value.has("dateMade") || (value.has("title") && !value.has("questionText"));
        return statement ? statement(fields) : question(fields);
    }

    /** The UIN that leads a group, if it is not {@code own}. */
    public static Optional<String> leadOtherThan(String own, Collection<String> others) {
        String ownUin = own.strip().toUpperCase(Locale.ROOT);
        return others.stream().map(uin -> uin.strip().toUpperCase(Locale.ROOT))
                .filter(uin -> !uin.equals(ownUin))
                .filter(uin -> UIN_ORDER.compare(uin, ownUin) < 0)
                .min(UIN_ORDER);
    }

    /** Whether an answer text is shortened as in the API's lists. */
    public static boolean isShortened(String answerText) {
        return answerText != null && SHORTENED.matcher(answerText).find();
    }

    private static Mapped question(Fields fields) {
        String house = lower(fields.text("house"));
        String uin = strip(fields.text("uin"));
        LocalDate dateTabled = fields.date("dateTabled");
        LocalDate dateAnswered = fields.date("dateAnswered");
        Boolean withdrawn = fields.bool("isWithdrawn");
        Boolean holding = fields.bool("answerIsHolding");
        String answerText = fields.text("answerText");
        String answeringBody = strip(fields.text("answeringBodyName"));
        String answeredBy = strip(fields.memberName("answeringMember"));
        String askedBy = strip(fields.memberName("askingMember"));
        String heading = fields.text("heading");
        String questionText = fields.text("questionText");
        List<String> groupedUins = fields.uins("groupedQuestions");
        Long id = fields.id();
        if (!fields.errors.isEmpty()) {
            return new Unreadable(String.join("; ", fields.errors));
        }
        if (Boolean.TRUE.equals(withdrawn)) {
            List<String> errors = new ArrayList<>();
            if (dateTabled == null) {
                errors.add("dateTabled: is required");
            }
            if (house == null || !(house.equals("commons") || house.equals("lords"))) {
                errors.add("house: must be Commons or Lords");
            }
            if (uin == null || !UIN.matcher(uin).matches()) {
                errors.add("uin: must be 1 to 20 letters and digits");
            }
            return errors.isEmpty() ? new Withdrawal(AnswerIds.parliamentId(house, dateTabled, uin))
                    : new Unreadable("a withdrawn question needs its id: " + String.join("; ", errors));
        }
        if (uin != null && groupedUins != null) {
            String own = uin;
            groupedUins = groupedUins.stream().map(String::strip).filter(other -> !other.equalsIgnoreCase(own))
                    .distinct().toList();
            Optional<String> lead = leadOtherThan(own, groupedUins);
            if (lead.isPresent()) {
                return new Grouped(lead.get());
            }
        }
        if ((answerText == null || answerText.isBlank()) && dateAnswered == null) {
            return new Unreadable("the question has not been answered yet");
        }
        String sourceUrl = uin != null && UIN.matcher(uin).matches() && dateTabled != null
                ? QUESTION_PAGE + dateTabled + "/" + uin : null;
        return new Answer(new AnswerRequest("answer", null, house, uin, dateTabled, dateAnswered, answeringBody,
                answeredBy, askedBy, heading, questionText, answerText, sourceUrl, holding, groupedUins),
                isShortened(answerText), id);
    }

    private static Mapped statement(Fields fields) {
        String house = lower(fields.text("house"));
        String uin = strip(fields.text("uin"));
        LocalDate dateMade = fields.date("dateMade");
        String title = fields.text("title");
        String text = fields.text("text");
        String answeringBody = strip(fields.text("answeringBodyName"));
        String madeBy = strip(fields.memberName("member"));
        if (!fields.errors.isEmpty()) {
            return new Unreadable(String.join("; ", fields.errors));
        }
        String sourceUrl = uin != null && UIN.matcher(uin).matches() && dateMade != null
                ? STATEMENT_PAGE + dateMade + "/" + uin : null;
        return new Answer(new AnswerRequest("statement", null, house, uin, dateMade, dateMade, answeringBody, madeBy,
                null, title, null, text, sourceUrl, null, null), false, null);
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Reads the fields of one record, noting each that has the wrong type or format. */
    private static final class Fields {

        private final JsonNode value;
        private final List<String> errors = new ArrayList<>();

        Fields(JsonNode value) {
            this.value = value;
        }

        String text(String name) {
            return text(value.get(name), name);
        }

        private String text(JsonNode node, String name) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (node.isString()) {
                return node.stringValue();
            }
            if (node.isNumber()) {
                return node.asString();
            }
            errors.add(name + ": must be a string");
            return null;
        }

        Long id() {
            JsonNode node = value.get("id");
            return node != null && node.canConvertToLong() && node.isIntegralNumber() ? node.longValue() : null;
        }

        LocalDate date(String name) {
            String text = text(name);
            if (text == null || text.isBlank()) {
                return null;
            }
            Matcher matcher = API_DATE.matcher(text.strip());
            if (matcher.matches()) {
                try {
                    return LocalDate.parse(matcher.group(1));
                } catch (DateTimeParseException e) {
                    // falls through to the error below
                }
            }
            errors.add(name + ": must be a date such as 2024-01-05T00:00:00");
            return null;
        }

        Boolean bool(String name) {
            JsonNode node = value.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            errors.add(name + ": must be true or false");
            return null;
        }

        String memberName(String name) {
            JsonNode member = value.get(name);
            if (member == null || member.isNull()) {
                return null;
            }
            if (!member.isObject()) {
                errors.add(name + ": must be an object with a name");
                return null;
            }
            return text(member.get("name"), name + ".name");
        }

        List<String> uins(String name) {
            JsonNode list = value.get(name);
            if (list == null || list.isNull()) {
                return null;
            }
            if (!list.isArray()) {
                errors.add(name + ": must be a list of UINs");
                return null;
            }
            List<String> uins = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode element = list.get(i);
                String uin;
                if (element.isObject()) {
                    String field = element.has("uin") ? "uin" : "questionUin";
                    uin = text(element.get(field), name + "[" + i + "]." + field);
                } else {
                    uin = text(element, name + "[" + i + "]");
                }
                if (uin != null && !uin.isBlank()) {
                    uins.add(uin.strip());
                }
            }
            return uins;
        }
    }
}
