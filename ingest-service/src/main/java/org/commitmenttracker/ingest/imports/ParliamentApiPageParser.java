package org.commitmenttracker.ingest.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.commitmenttracker.ingest.parliament.ParliamentRecords;
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
 * <p>Each result's value is mapped by {@link ParliamentRecords}, as the poller's are. A question not yet answered, or
 * whose answer text is shortened as in the API's lists (it ends with an ellipsis), fails: the API's own record of the
 * question has it whole.
 */
final class ParliamentApiPageParser implements ImportParser {

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
        ParliamentRecords.Mapped mapped = ParliamentRecords.map(result.get("value"));
        if (mapped instanceof ParliamentRecords.Answer answer) {
            return answer.shortened() ? new ImportRecord.Unreadable(place, "answerText is shortened (it ends with an "
                    + "ellipsis), as in the API's lists; import the API's own record of the question for the full text")
                    : new ImportRecord.Answer(place, answer.request());
        } else if (mapped instanceof ParliamentRecords.Withdrawal withdrawal) {
            return new ImportRecord.Withdrawal(place, withdrawal.answerId());
        } else if (mapped instanceof ParliamentRecords.Grouped grouped) {
            return new ImportRecord.Grouped(place, grouped.leadUin());
        }
        return new ImportRecord.Unreadable(place, ((ParliamentRecords.Unreadable) mapped).reason());
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
}
