package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.events.Strength;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommitmentExtractorTest {

    private final CommitmentExtractor extractor = new CommitmentExtractor(new DeadlineResolver(ImpliedDeadlinePolicy.defaults()));

    @Test
    void findsBothCommitmentsOfTheSeedAnswerAsFirmWithTheirExactWording() throws IOException {
        JsonNode seed = firstDevAnswer();
        String text = seed.get("answer_text").asString();

        List<ExtractedCommitment> found = extractor.extract(PlainText.of(text), LocalDate.parse(seed.get("date_answered").asString()));

        assertThat(found).filteredOn(c -> c.strength() == Strength.FIRM).extracting(ExtractedCommitment::action)
                .containsExactly("launch a consultation on electoral integrity",
                        "implement a digital imprints regime for online election material");
        ExtractedCommitment first = found.stream().filter(c -> c.action().startsWith("launch")).findFirst().orElseThrow();
        assertThat(first.quote()).isEqualTo("This included commitments to launch a consultation on electoral integrity"
                + " and implement a digital imprints regime for online election material.");
        assertThat(text.substring(first.start(), first.end())).isEqualTo(first.quote());
        assertThat(first.deadline().kind()).isEqualTo(FoundDeadline.Kind.NONE);
    }

    @Test
    void aPromiseWithAPastDeadlineCarriesItsResolvedDate() {
        List<ExtractedCommitment> found = extractor.extract(PlainText.of(
                "Thank you for your question. We will publish the strategy in the spring of 2020."), LocalDate.of(2019, 11, 5));

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("publish the strategy");
            assertThat(c.strength()).isEqualTo(Strength.FIRM);
            assertThat(c.deadline().date()).isEqualTo(LocalDate.of(2020, 5, 31));
            assertThat(c.deadline().text()).isEqualTo("in the spring of 2020");
        });
    }

    @Test
    void negationsPastActionsAndOthersPredictionsAreNotCommitments() {
        assertThat(extractor.extract(PlainText.of("""
                The Government has no plans to change the law.

                The Department published the review in 2019.

                This uplift will help to reduce pressure on services.

                We will never compromise on this."""), LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void hedgedPromisesAreWeak() {
        assertThat(extractor.extract(PlainText.of("We will continue to work closely with Italy on China."),
                LocalDate.of(2019, 3, 25))).singleElement().extracting(ExtractedCommitment::strength).isEqualTo(Strength.WEAK);
    }

    @Test
    void aPassiveDeliverableIsTheGovernmentsToProduce() {
        assertThat(extractor.extract(PlainText.of("The final terms of reference will be published in due course."),
                LocalDate.of(2022, 6, 6))).singleElement().satisfies(c -> {
                    assertThat(c.action()).isEqualTo("publish the final terms of reference");
                    assertThat(c.deadline().kind()).isEqualTo(FoundDeadline.Kind.IMPLIED);
                });
    }

    @Test
    void quoteOffsetsPointIntoTheTextStaffSeeForHtmlAnswers() {
        PlainText text = PlainText.of("<p>Thank you.</p><p>We will <b>publish</b> the plan in the autumn.</p>");

        ExtractedCommitment found = extractor.extract(text, LocalDate.of(2020, 3, 11)).get(0);

        assertThat(text.text()).isEqualTo("Thank you.\n\nWe will publish the plan in the autumn.");
        assertThat(text.text().substring(found.start(), found.end())).isEqualTo("We will publish the plan in the autumn.");
    }

    static JsonNode firstDevAnswer() throws IOException {
        try (InputStream in = CommitmentExtractorTest.class.getResourceAsStream("/dev-answers.jsonl")) {
            String firstLine = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            return JsonMapper.builder().build().readTree(firstLine);
        }
    }
}
