package org.commitmenttracker.ingest.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commitmenttracker.ingest.answers.AnswerRequest;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A results page of the UK Parliament Written Questions API ({@code {"totalResults": N, "results": [{"value": {...},
 * "links": [...]}]}}), read with Jackson's streaming parser one result at a time; each result is one record,
 * {@code result 1} being the first. The API's own record of one question ({@code {"value": {...}, "links": [...]}})
 * is taken as a page of one. Results of the Written Statements API ({@code dateMade}, {@code title}, {@code text},
 * {@code member}) become statements.
 *
 * <p>A question maps to an answer: {@code house} lowercased, {@code dateTabled} and {@code dateAnswered} (API
 * date-times without a zone) to dates, {@code answeringBodyName} to the answering body, {@code answeringMember.name}
 * and {@code askingMember.name} to the minister and the asker, {@code answerIsHolding} to {@code holding},
 * {@code groupedQuestions} (UINs, or questions with a {@code uin}) to {@code groupedUins}, and {@code answerText} kept
 * as published (HTML). A question with {@code isWithdrawn} is withdrawn. Questions answered together are one answer,
 * taken in under the lowest UIN of the group ({@link QuestionGroups}): the others' results are {@code grouped}, not
 * taken in again (the lead question must be in the import for the group's answer to be). A question not yet answered, or whose
 * answer text is shortened as in the API's lists (it ends with an ellipsis), fails.
 */
final class ParliamentApiPageParser implements ImportParser {

    static final String QUESTION_URL = "https://questions-statements.parliament.uk/written-questions/detail/";
    static final String STATEMENT_URL = "https://questions-statements.parliament.uk/written-statements/detail/";

    private static final Pattern UIN = Pattern.compile("[A-Za-z0-9]{1,20}");
    private static final Pattern API_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern SHORTENED = Pattern.compile("(\\.\\.\\.|\u2026)\\s*(</[A-Za-z0-9]+>\\s*)*$");

    private final JsonMapper json;
    private final int maxValueChars;

    /** @param maxValueChars the longest string value accepted; a longer one (roughly) refuses the file */
    ParliamentApiPageParser(int maxValueChars) {
        this.maxValueChars = maxValueChars;
        this.json = JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxValueChars).build())
                .build())
                // the parser stands inside the page while a result is read as a tree
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    @Override
    public long count(Path file) throws IOException {
        return walk(file, null);
    }

    @Override
    public void read(Path file, Consumer<ImportRecord> records) throws IOException {
        walk(file, records);
    }

    /** Counts the results, checking every value, when {@code records} is null; else reads them. */
    private long walk(Path file, Consumer<ImportRecord> records) {
        try (JsonParser parser = json.createParser(file)) {
            try {
                return walk(parser, records);
            } catch (StreamConstraintsException e) {
                throw new ImportRefusedException("the file has a value longer than " + maxValueChars + " characters "
                        + at(parser.currentLocation()));
            } catch (StreamReadException e) {
                throw new ImportRefusedException("the file is not well-formed JSON: " + problemAt(e, parser));
            }
        }
    }

    private long walk(JsonParser parser, Consumer<ImportRecord> records) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw notAPage("it is not a JSON object");
        }
        long results = 0;
        boolean sawResults = false;
        JsonNode single = null;
        for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken valueToken = parser.nextToken();
            if ("results".equals(name) && !sawResults) {
                if (valueToken != JsonToken.START_ARRAY) {
                    throw notAPage("its results are not an array");
                }
                sawResults = true;
                for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
                    results++;
                    if (records == null) {
                        checkValue(parser);
                    } else {
                        records.accept(toRecord("result " + results, json.readTree(parser)));
                    }
                }
            } else if ("value".equals(name) && valueToken == JsonToken.START_OBJECT && single == null) {
                // the API's record of one question: kept (it is one result) until it is known there is no results array
                single = json.readTree(parser);
            } else if (records == null) {
                checkValue(parser);
            } else {
                parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            throw new ImportRefusedException("the file is not well-formed JSON: there is more after the end of the page");
        }
        if (!sawResults && single == null) {
            throw notAPage("it has no results array");
        }
        if (!sawResults) {
            if (records != null) {
                records.accept(toRecord("result 1", json.createObjectNode().set("value", single)));
            }
            return 1;
        }
        return results;
    }

    /** Reads past the current value, making the parser read every string in full so that its length is checked. */
    private static void checkValue(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            parser.getStringLength();
            return;
        }
        if (token == null || !token.isStructStart()) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            token = parser.nextToken();
            if (token == null) {
                throw new ImportRefusedException("the file is not well-formed JSON: it ends too early");
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            } else if (token == JsonToken.VALUE_STRING) {
                parser.getStringLength();
            }
        }
    }

    static ImportRecord toRecord(String place, JsonNode result) {
        if (result == null || !result.isObject()) {
            return new ImportRecord.Unreadable(place, "the result is not a JSON object");
        }
        JsonNode value = result.get("value");
        if (value == null || !value.isObject()) {
            return new ImportRecord.Unreadable(place, "the result has no value object");
        }
        Fields fields = new Fields(value);
        boolean statement = value.has("dateMade") || (value.has("title") && !value.has("questionText"));
        return statement ? statement(place, fields) : question(place, fields);
    }

    private static ImportRecord question(String place, Fields fields) {
        String house = lower(fields.text("house"));
        String uin = fields.text("uin");
        LocalDate dateTabled = fields.date("dateTabled");
        LocalDate dateAnswered = fields.date("dateAnswered");
        Boolean withdrawn = fields.bool("isWithdrawn");
        Boolean holding = fields.bool("answerIsHolding");
        String answerText = fields.text("answerText");
        String answeringBody = fields.text("answeringBodyName");
        String answeredBy = fields.memberName("answeringMember");
        String askedBy = fields.memberName("askingMember");
        String heading = fields.text("heading");
        String questionText = fields.text("questionText");
        List<String> groupedUins = fields.uins("groupedQuestions");
        if (!fields.errors.isEmpty()) {
            return new ImportRecord.Unreadable(place, String.join("; ", fields.errors));
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
            return errors.isEmpty() ? ImportRecord.Withdrawal.of(place, house, dateTabled, uin)
                    : new ImportRecord.Unreadable(place, "a withdrawn question needs its id: " + String.join("; ", errors));
        }
        if (uin != null && groupedUins != null) {
            String own = uin.strip();
            groupedUins = groupedUins.stream().map(String::strip).filter(other -> !other.equalsIgnoreCase(own))
                    .distinct().toList();
            Optional<String> lead = QuestionGroups.leadOtherThan(own, groupedUins);
            if (lead.isPresent()) {
                return new ImportRecord.Grouped(place, lead.get());
            }
        }
        if ((answerText == null || answerText.isBlank()) && dateAnswered == null) {
            return new ImportRecord.Unreadable(place, "the question has not been answered yet");
        }
        if (answerText != null && SHORTENED.matcher(answerText).find()) {
            return new ImportRecord.Unreadable(place, "answerText is shortened (it ends with an ellipsis), as in the API's "
                    + "lists; import the API's own record of the question for the full text");
        }
        String sourceUrl = uin != null && UIN.matcher(uin).matches() && dateTabled != null
                ? QUESTION_URL + dateTabled + "/" + uin : null;
        return new ImportRecord.Answer(place, new AnswerRequest("answer", null, house, uin, dateTabled, dateAnswered,
                answeringBody, answeredBy, askedBy, heading, questionText, answerText, sourceUrl, holding, groupedUins));
    }

    private static ImportRecord statement(String place, Fields fields) {
        String house = lower(fields.text("house"));
        String uin = fields.text("uin");
        LocalDate dateMade = fields.date("dateMade");
        String title = fields.text("title");
        String text = fields.text("text");
        String answeringBody = fields.text("answeringBodyName");
        String madeBy = fields.memberName("member");
        if (!fields.errors.isEmpty()) {
            return new ImportRecord.Unreadable(place, String.join("; ", fields.errors));
        }
        String sourceUrl = uin != null && UIN.matcher(uin).matches() && dateMade != null
                ? STATEMENT_URL + dateMade + "/" + uin : null;
        return new ImportRecord.Answer(place, new AnswerRequest("statement", null, house, uin, dateMade, dateMade,
                answeringBody, madeBy, null, title, null, text, sourceUrl, null, null));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static ImportRefusedException notAPage(String why) {
        return new ImportRefusedException("the file is not a Parliament API results page: " + why);
    }

    private static String problemAt(StreamReadException e, JsonParser parser) {
        TokenStreamLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return "unexpected content " + at(location);
    }

    private static String at(TokenStreamLocation location) {
        return location == null ? "" : "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Reads the fields of one question, noting each that has the wrong type or format. */
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
                String uin = element.isObject() ? text(element.get("uin"), name + "[" + i + "].uin")
                        : text(element, name + "[" + i + "]");
                if (uin != null) {
                    uins.add(uin);
                }
            }
            return uins;
        }
    }
}
