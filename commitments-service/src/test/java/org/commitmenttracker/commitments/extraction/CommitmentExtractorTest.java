package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.commitments.extraction.ExtractionTraining.LabelledAnswer;
import org.commitmenttracker.events.Strength;
import org.junit.jupiter.api.Test;

/** The whole engine as the service runs it, with the bundled model. */
class CommitmentExtractorTest {

    private final CommitmentExtractor extractor = TestEngine.EXTRACTOR;

    @Test
    void theSeedAnswerGivesItsTwoFirmCommitmentsWithTheirExactWording() {
        LabelledAnswer seed = TestEngine.labelled().get(0);

        List<ExtractedCommitment> found = extractor.extract(PlainText.of(seed.text()), seed.answered());

        assertThat(found).filteredOn(c -> c.strength() == Strength.FIRM).extracting(ExtractedCommitment::action)
                .containsExactly("launch a consultation on electoral integrity",
                        "implement a digital imprints regime for online election material");
        ExtractedCommitment first = found.stream().filter(c -> c.strength() == Strength.FIRM).findFirst().orElseThrow();
        assertThat(first.quote()).isEqualTo("This included commitments to launch a consultation on electoral integrity"
                + " and implement a digital imprints regime for online election material.");
        assertThat(seed.text().substring(first.start(), first.end())).isEqualTo(first.quote());
        assertThat(first.deadline().kind()).as("the past announcement date is no deadline").isEqualTo(FoundDeadline.Kind.NONE);
    }

    @Test
    void aPromiseWithADeadlineCarriesItsResolvedDate() {
        assertThat(extractor.extract(PlainText.of("Thank you. We will publish the strategy in the spring of 2020."),
                LocalDate.of(2019, 11, 5))).singleElement().satisfies(c -> {
                    assertThat(c.action()).isEqualTo("publish the strategy");
                    assertThat(c.strength()).isEqualTo(Strength.FIRM);
                    assertThat(c.deadline().date()).isEqualTo(LocalDate.of(2020, 5, 31));
                    assertThat(c.deadline().text()).isEqualTo("in the spring of 2020");
                    assertThat(c.confidence()).isBetween(0.0, 1.0);
                });
    }

    @Test
    void anAnswerWithoutAPromiseGivesNothing() {
        assertThat(extractor.extract(PlainText.of("The information requested is not held centrally. The Department "
                + "published its annual report in July 2019."), LocalDate.of(2020, 1, 10))).isEmpty();
    }

    @Test
    void quoteOffsetsPointIntoTheTextStaffSeeForHtmlAnswers() {
        PlainText text = PlainText.of("<p>Thank you.</p><p>We will <b>publish</b> the plan in the autumn.</p>");

        ExtractedCommitment found = extractor.extract(text, LocalDate.of(2020, 3, 11)).get(0);

        assertThat(text.text().substring(found.start(), found.end())).isEqualTo("We will publish the plan in the autumn.");
    }

    @Test
    void commitmentsOfOneSentenceAreNumberedInOrder() {
        List<ExtractedCommitment> found = extractor.extract(PlainText.of("The Government will consult the devolved "
                + "administrations and will publish the final terms of reference in due course."), LocalDate.of(2022, 6, 6));

        assertThat(found).extracting(ExtractedCommitment::position).containsExactly(0, 1);
        assertThat(found).extracting(ExtractedCommitment::action)
                .containsExactly("consult the devolved administrations", "publish the final terms of reference");
    }

    @Test
    void theSameAnswerAlwaysGivesTheSameCommitments() {
        LabelledAnswer answer = TestEngine.labelled().get(5);
        List<ExtractedCommitment> first = extractor.extract(PlainText.of(answer.text()), answer.answered());
        extractor.extract(PlainText.of("Something else: we will consider the matter."), LocalDate.of(2021, 1, 1));

        assertThat(extractor.extract(PlainText.of(answer.text()), answer.answered())).isEqualTo(first);
    }

    @Test
    void confidenceIsHigherForAGovernmentPromiseWithADateThanForAPassingMention() {
        double promise = extractor.extract(PlainText.of("We will publish the plan by the end of March."),
                LocalDate.of(2024, 1, 10)).get(0).confidence();
        List<ExtractedCommitment> mention = extractor.extract(PlainText.of("Officials met suppliers to discuss the market "
                + "in the context of our commitment to net zero emissions by 2050."), LocalDate.of(2024, 1, 10));

        assertThat(mention).allSatisfy(c -> assertThat(c.confidence()).isLessThan(promise));
    }

    @Test
    void aPresentProgrammeThatNamesItsDeliverableIsReportedHoweverUnsureTheModel() {
        CandidateFinder finder = new CandidateFinder(TestEngine.ANALYSER, TestEngine.DEADLINES);
        LocalDate answered = LocalDate.of(2024, 1, 10);
        // a threshold no candidate reaches: only the guide's rule reports anything
        assertThat(CommitmentExtractor.decide(finder.candidates(PlainText.of(
                "We are now extending the trial to a further 30 local authorities."), answered, false), CommitmentModel.bundled(), 1.01))
                .extracting(ExtractedCommitment::action).containsExactly("extend the trial to a further 30 local authorities");
        assertThat(CommitmentExtractor.decide(finder.candidates(PlainText.of(
                "We are now working with local authorities on the trial."), answered, false), CommitmentModel.bundled(), 1.01))
                .isEmpty();
    }
}
