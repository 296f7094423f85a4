package org.commitmenttracker.ingest.parliament;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.ingest.answers.AnswerRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one mapping of the API's records, on the API's own responses (the fixtures) and on shapes it may take. */
class ParliamentRecordsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void mapsAListedQuestionToAnAnswerRequest() {
        ParliamentRecords.Answer answer = answer(values("answered-2024-01-12-skip2.json").get(1));
        AnswerRequest request = answer.request();

        assertThat(request.kind()).isEqualTo("answer");
        assertThat(request.id()).isNull();
        assertThat(request.house()).isEqualTo("lords");
        assertThat(request.uin()).isEqualTo("HL71004");
        assertThat(request.dateTabled()).isEqualTo(LocalDate.of(2024, 1, 9));
        assertThat(request.dateAnswered()).isEqualTo(LocalDate.of(2024, 1, 12));
        assertThat(request.answeringBody()).isEqualTo("Department for Transport");
        assertThat(request.answeredBy()).isEqualTo("Baroness Vere of Norbiton");
        assertThat(request.askedBy()).isEqualTo("Lord Berkeley");
        assertThat(request.heading()).isEqualTo("Electric Vehicles: Charging Points");
        assertThat(request.questionText()).startsWith("To ask Her Majesty's Government what estimate");
        assertThat(request.answerText()).startsWith("<p>Figures from 1 October 2020 show that there are 16,456 public");
        assertThat(request.sourceUrl())
                .isEqualTo("https://questions-statements.parliament.uk/written-questions/detail/2024-01-09/HL71004");
        assertThat(request.holding()).isFalse();
        assertThat(request.groupedUins()).isEmpty();
        assertThat(answer.shortened()).isFalse();
        assertThat(answer.questionId()).isNotNull();
    }

    @Test
    void aHoldingAnswerIsMarkedAsSuchAndHasTheSubstantiveAnswersId() {
        AnswerRequest holding = answer(values("answered-2024-02-05-holding.json").get(0)).request();
        AnswerRequest substantive = answer(values("answered-2024-02-19-substantive.json").get(0)).request();

        assertThat(holding.holding()).isTrue();
        assertThat(substantive.holding()).isFalse();
        assertThat(List.of(holding.house(), holding.dateTabled(), holding.uin()))
                .isEqualTo(List.of(substantive.house(), substantive.dateTabled(), substantive.uin()));
    }

    @Test
    void groupedQuestionsAreOneAnswerUnderTheLowestUin() {
        List<JsonNode> grouped = values("answered-2024-07-22.json");

        assertThat(answer(grouped.get(0)).request().groupedUins()).containsExactly("710007");
        assertThat(ParliamentRecords.map(grouped.get(1))).isEqualTo(new ParliamentRecords.Grouped(
                grouped.get(0).get("uin").asString()));
    }

    @Test
    void groupedQuestionsAreReadFromStringsNumbersOrObjectsWithUinOrQuestionUin() {
        ObjectNode question = (ObjectNode) values("answered-2024-03-26.json").get(0).deepCopy();
        question.put("uin", "586");
        question.set("groupedQuestions", json.readTree("[\"HL587\", 5880, {\"uin\": \"HL589\"}, "
                + "{\"questionUin\": \"HL590\", \"dateTabled\": \"2024-07-17T00:00:00\"}, \"586\", \"HL587\"]"));

        assertThat(answer(question).request().groupedUins()).containsExactly("HL587", "5880", "HL589", "HL590");
    }

    @Test
    void theLowestUinLeadsShorterFirstThenByLetter() {
        assertThat(ParliamentRecords.leadOtherThan("1001", List.of("586"))).contains("586");
        assertThat(ParliamentRecords.leadOtherThan("HL1001", List.of("HL586"))).contains("HL586");
        assertThat(ParliamentRecords.leadOtherThan("586", List.of("1001"))).isEmpty();
        assertThat(ParliamentRecords.leadOtherThan("HL401", List.of("hl402", "HL401"))).isEmpty();
    }

    @Test
    void aStatementIsAnAnswerOfKindStatement() {
        AnswerRequest request = answer(values("statements-2020-02-27.json").get(0)).request();

        assertThat(request.kind()).isEqualTo("statement");
        assertThat(request.house()).isEqualTo("commons");
        assertThat(request.uin()).isEqualTo("HCWS71011");
        assertThat(request.heading()).isEqualTo("Treasury Update");
        assertThat(request.answerText()).startsWith("<p>Today, the Office for Budget Responsibility (OBR) wrote to me");
        assertThat(request.dateTabled()).isEqualTo(LocalDate.of(2020, 2, 27));
        assertThat(request.dateAnswered()).isEqualTo(LocalDate.of(2020, 2, 27));
        assertThat(request.answeredBy()).isEqualTo("Rishi Sunak");
        assertThat(request.answeringBody()).isEqualTo("HM Treasury");
        assertThat(request.questionText()).isNull();
        assertThat(request.sourceUrl())
                .isEqualTo("https://questions-statements.parliament.uk/written-statements/detail/2020-02-27/HCWS71011");
    }

    @Test
    void aShortenedAnswerIsMarkedWhicheverWayItEnds() {
        // the listed question of the fixture is shortened by the API; the question's own record has it whole
        JsonNode listed = values("answered-2024-01-12-skip0.json").stream()
                .filter(v -> v.path("id").asLong() == 1690421).findFirst().orElseThrow();
        assertThat(answer(listed).shortened()).isTrue();
        assertThat(answer(json.readTree(Fixtures.read("question-1690421.json")).get("value")).shortened()).isFalse();

        assertThat(ParliamentRecords.isShortened("<p>The modelling NHS England has used in the Plan is founded on...")).isTrue();
        assertThat(ParliamentRecords.isShortened("<p>The modelling NHS England has used in the Plan is founded on...</p>")).isTrue();
        assertThat(ParliamentRecords.isShortened("<p>Environment Agency (EA) is re\u2026</p>\n</div>  ")).isTrue();
        assertThat(ParliamentRecords.isShortened("<p>We will publish the strategy in the spring.</p>")).isFalse();
        assertThat(ParliamentRecords.isShortened(null)).isFalse();
    }

    @Test
    void datesAreReadWithOrWithoutATimeOrAZoneAndABadOneIsNamed() {
        ObjectNode question = (ObjectNode) values("answered-2024-03-26.json").get(0).deepCopy();
        question.put("dateTabled", "2024-01-05");
        question.put("dateAnswered", "2024-01-09T00:00:00Z");
        assertThat(answer(question).request().dateTabled()).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(answer(question).request().dateAnswered()).isEqualTo(LocalDate.of(2024, 1, 9));

        question.put("dateTabled", "5 January 2024");
        question.put("answerIsHolding", "no");
        assertThat(ParliamentRecords.map(question)).isEqualTo(new ParliamentRecords.Unreadable(
                "dateTabled: must be a date such as 2024-01-05T00:00:00; answerIsHolding: must be true or false"));
    }

    @Test
    void aWithdrawnQuestionIsAWithdrawalOfItsAnswersIdAndNeedsThatId() {
        JsonNode withdrawn = values("corrected-2024-04-16-withdrawn.json").stream()
                .filter(v -> v.path("isWithdrawn").asBoolean()).findFirst().orElseThrow();
        ParliamentRecords.Mapped mapped = ParliamentRecords.map(withdrawn);

        assertThat(mapped).isInstanceOf(ParliamentRecords.Withdrawal.class);
        assertThat(((ParliamentRecords.Withdrawal) mapped).answerId()).startsWith("uk-parliament:");
        ObjectNode noUin = (ObjectNode) withdrawn.deepCopy();
        noUin.remove("uin");
        assertThat(ParliamentRecords.map(noUin)).isInstanceOf(ParliamentRecords.Unreadable.class);
    }

    @Test
    void aQuestionWithoutItsIdFieldsIsLeftToTheAnswersValidation() {
        ObjectNode noUin = (ObjectNode) values("answered-2024-03-26.json").get(0).deepCopy();
        noUin.put("uin", " ");

        assertThat(answer(noUin).request().uin()).isNull();
    }

    @Test
    void aValueThatIsNotAnObjectIsUnreadable() {
        assertThat(ParliamentRecords.map(json.readTree("[]"))).isInstanceOf(ParliamentRecords.Unreadable.class);
        assertThat(ParliamentRecords.map(null)).isInstanceOf(ParliamentRecords.Unreadable.class);
    }

    private static ParliamentRecords.Answer answer(JsonNode value) {
        ParliamentRecords.Mapped mapped = ParliamentRecords.map(value);
        assertThat(mapped).isInstanceOf(ParliamentRecords.Answer.class);
        return (ParliamentRecords.Answer) mapped;
    }

    private List<JsonNode> values(String fixture) {
        return json.readTree(Fixtures.read(fixture)).get("results").valueStream().map(r -> r.get("value")).toList();
    }
}
