package org.commitmenttracker.ingest.parliament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.ingest.answers.AnswerRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ParliamentMapperTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void mapsAListedQuestionToAnAnswerRequest() {
        WrittenQuestion question = questions("answered-2024-01-12-skip2.json").get(1);

        AnswerRequest request = ParliamentMapper.toAnswerRequest(question);

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
        assertThat(ParliamentMapper.answerId(question)).isEqualTo("uk-parliament:lords:2024-01-09:HL71004");
    }

    @Test
    void aHoldingAnswerIsMarkedAsSuch() {
        WrittenQuestion holding = questions("answered-2024-02-05-holding.json").get(0);
        WrittenQuestion substantive = questions("answered-2024-02-19-substantive.json").get(0);

        assertThat(ParliamentMapper.toAnswerRequest(holding).holding()).isTrue();
        assertThat(ParliamentMapper.toAnswerRequest(substantive).holding()).isFalse();
        assertThat(ParliamentMapper.answerId(holding)).isEqualTo(ParliamentMapper.answerId(substantive));
    }

    @Test
    void groupedQuestionsAreOneAnswerUnderTheLowestUin() {
        List<WrittenQuestion> grouped = questions("answered-2024-07-22.json");

        assertThat(ParliamentMapper.toAnswerRequest(grouped.get(0)).groupedUins()).containsExactly("710007");
        assertThat(ParliamentMapper.leadsGroup(grouped.get(0))).isTrue();
        assertThat(ParliamentMapper.leadsGroup(grouped.get(1))).isFalse();
    }

    @Test
    void groupedQuestionsAreReadFromStringsNumbersOrObjects() {
        List<JsonNode> nodes = List.of(json.readTree("\"HL587\""), json.readTree("588"),
                json.readTree("{\"uin\": \"HL589\"}"), json.readTree("{\"questionUin\": \"HL590\", \"dateTabled\": \"2024-07-17T00:00:00\"}"),
                json.readTree("null"), json.readTree("\"HL586\""), json.readTree("\"HL587\""));

        assertThat(ParliamentMapper.groupedUins(nodes, "HL586")).containsExactly("HL587", "588", "HL589", "HL590");
        assertThat(ParliamentMapper.groupedUins(null, "HL586")).isEmpty();
    }

    @Test
    void theLowestUinLeadsShorterFirst() {
        WrittenQuestion q1001 = withGroup("1001", "586");
        WrittenQuestion q586 = withGroup("586", "1001");

        assertThat(ParliamentMapper.leadsGroup(q586)).isTrue();
        assertThat(ParliamentMapper.leadsGroup(q1001)).isFalse();
    }

    @Test
    void aStatementIsAnAnswerOfKindStatement() {
        ResultsPage<WrittenStatement> page = json.readValue(Fixtures.read("statements-2020-02-27.json"),
                json.getTypeFactory().constructParametricType(ResultsPage.class, WrittenStatement.class));

        AnswerRequest request = ParliamentMapper.toAnswerRequest(page.results().get(0).value());

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
    void anAnswerEndingInAnEllipsisIsShortened() {
        assertThat(ParliamentMapper.isShortened("<p>The modelling NHS England has used in the Plan is founded on...")).isTrue();
        assertThat(ParliamentMapper.isShortened("Environment Agency (EA) is re\u2026  ")).isTrue();
        assertThat(ParliamentMapper.isShortened("<p>We will publish the strategy in the spring.</p>")).isFalse();
        assertThat(ParliamentMapper.isShortened(null)).isFalse();
    }

    @Test
    void datesAreReadWithOrWithoutATime() {
        assertThat(ParliamentMapper.day("2024-01-05T00:00:00", "dateTabled")).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(ParliamentMapper.day("2024-01-05", "dateTabled")).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(ParliamentMapper.day(null, "dateAnswered")).isNull();
        assertThatThrownBy(() -> ParliamentMapper.day("5 January 2024", "dateTabled"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dateTabled");
    }

    @Test
    void aQuestionWithoutUinCannotBeMapped() {
        WrittenQuestion question = questions("answered-2024-03-26.json").get(0);
        WrittenQuestion noUin = new WrittenQuestion(question.id(), " ", question.house(), question.heading(),
                question.questionText(), question.answerText(), question.dateTabled(), question.dateAnswered(),
                question.answeringBodyName(), question.answeringMember(), question.askingMember(), false, null, false, null,
                null, List.of(), false);

        assertThatThrownBy(() -> ParliamentMapper.toAnswerRequest(noUin))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("uin is missing");
    }

    private WrittenQuestion withGroup(String uin, String other) {
        return new WrittenQuestion(1L, uin, "Commons", "h", "q", "a", "2024-07-17T00:00:00", "2024-07-22T00:00:00", "body",
                null, null, false, null, false, null, null, List.of(json.readTree("\"" + other + "\"")), false);
    }

    private List<WrittenQuestion> questions(String fixture) {
        JavaType type = json.getTypeFactory().constructParametricType(ResultsPage.class, WrittenQuestion.class);
        ResultsPage<WrittenQuestion> page = json.readValue(Fixtures.read(fixture), type);
        return page.results().stream().map(ResultsPage.Item::value).toList();
    }
}
