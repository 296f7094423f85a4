package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.events.Strength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommitmentExtractorTest {

    private static final LocalDate ANSWERED = LocalDate.of(2024, 3, 26);

    private final CommitmentExtractor extractor = new CommitmentExtractor(new DeadlineResolver(ImpliedDeadlinePolicy.defaults()));

    private List<ExtractedCommitment> extract(String text) {
        return extractor.extract(PlainText.of(text), ANSWERED);
    }

    @Test
    void theSeedAnswerGivesItsTwoFirmCommitmentsWithTheirExactWording() throws IOException {
        JsonNode seed = firstDevAnswer();
        String text = seed.get("answer_text").asString();

        List<ExtractedCommitment> found = extractor.extract(PlainText.of(text), LocalDate.parse(seed.get("date_answered").asString()));

        assertThat(found).filteredOn(c -> c.strength() == Strength.FIRM).extracting(ExtractedCommitment::action)
                .containsExactly("launch a consultation on electoral integrity",
                        "implement a digital imprints regime for online election material");
        assertThat(found).filteredOn(c -> c.strength() == Strength.WEAK).singleElement()
                .extracting(ExtractedCommitment::action).asString().startsWith("continue to have regular and robust dialogue");
        ExtractedCommitment first = found.get(0);
        assertThat(first.quote()).isEqualTo("This included commitments to launch a consultation on electoral integrity"
                + " and implement a digital imprints regime for online election material.");
        assertThat(text.substring(first.start(), first.end())).isEqualTo(first.quote());
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
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The Government has no plans to change the law.",
            "The Department does not intend to publish the data.",
            "The Department published the review in 2019.",
            "This uplift will help to reduce pressure on services.",
            "We will never compromise on this.",
            "Claimants will not be invited to claim PIP.",
            "The Electoral Commission will publish a full report on the May elections.",
            "We have established a Board which will ensure the delivery of the Plan.",
            "This work will determine how we will utilise our properties going forward.",
            "A copy of the letter will be placed in the Libraries of the House.",
            "If the liability is called, we will seek approval in the normal way.",
            "We are committed to ensuring that everyone is treated fairly.",
            "Over the coming year, we will carry out a range of activity to make progress.",
            "We have made good progress on plans to build a truly inclusive system.",
            "For example, we will consider the role of Oak National Academy.",
            "The Review recognises the trade-offs that will be faced.",
            "The Council has announced that it will publish an assessment of the guideline later this year.",
            "This will save a typical household around £900 this winter.",
            "Ofsted will publish its annual report in January.",
            "The advance will fund the catch-up package in the 2020/21 academic year.",
            "Under the Environment Act 2021, there is a legally binding target to increase tree cover by 2050."})
    void isNotACommitment(String sentence) {
        assertThat(extract(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "We will continue to work closely with Italy on China.",
            "We will consider what future actions may be most suitable for these registers.",
            "We will keep the guidance under review.",
            "The Secretary of State will make an announcement in due course.",
            "The UK is committed to working closely with international partners."})
    void hedgedOrUncheckablePromisesAreWeak(String sentence) {
        assertThat(extract(sentence)).singleElement().extracting(ExtractedCommitment::strength).isEqualTo(Strength.WEAK);
    }

    @Test
    void aPassiveDeliverableIsTheGovernmentsToProduce() {
        assertThat(extract("The final terms of reference will be published in due course.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("publish the final terms of reference");
            assertThat(c.strength()).isEqualTo(Strength.FIRM);
            assertThat(c.deadline().kind()).isEqualTo(FoundDeadline.Kind.IMPLIED);
            assertThat(c.deadline().date()).isEqualTo(ANSWERED.plusMonths(12));
        });
    }

    @Test
    void coordinatedActionsAreSplitButAPurposeClauseIsNot() {
        assertThat(extract("The Government will now consult the devolved administrations, and will publish the final terms."))
                .extracting(ExtractedCommitment::action)
                .containsExactly("consult the devolved administrations", "publish the final terms");
        assertThat(extract("We will deliver communications activity to amplify messaging and reduce stigma."))
                .extracting(ExtractedCommitment::action)
                .containsExactly("deliver communications activity to amplify messaging and reduce stigma");
    }

    @Test
    void aNegatedClauseDoesNotSinkTheCommitmentBesideIt() {
        assertThat(extract("Whilst we will not be taking forward legislation in this session, we are committed to "
                + "introducing the necessary legislation when Parliamentary time allows.")).singleElement().satisfies(c -> {
                    assertThat(c.action()).isEqualTo("introduce the necessary legislation");
                    assertThat(c.deadline().text()).isEqualTo("when Parliamentary time allows");
                });
        assertThat(extract("Figures for 2015 are not yet available, and will be published on 11 February 2025."))
                .singleElement().extracting(c -> c.deadline().date()).isEqualTo(LocalDate.of(2025, 2, 11));
    }

    @Test
    void aFramingDeadlineOpeningAParagraphIsLentToItsLaterSentences() {
        List<ExtractedCommitment> found = extract("Over the coming year, we will carry out a range of activity. "
                + "We will convene a new group of funders. We will publish a research plan.\n\nWe will review it.");

        assertThat(found).extracting(ExtractedCommitment::action)
                .containsExactly("convene a new group of funders", "publish a research plan", "review it");
        assertThat(found).extracting(c -> c.deadline().date())
                .containsExactly(ANSWERED.plusYears(1), ANSWERED.plusYears(1), null);
    }

    @Test
    void aDateFramingOneSentenceIsLentToTheNext() {
        assertThat(extract("The Council will meet on 13 May 2024. Lord Price will represent the UK. We will report back."))
                .extracting(c -> c.deadline().date())
                .containsExactly(LocalDate.of(2024, 5, 13), null);
    }

    @Test
    void oneSentenceCanCarryCommitmentsOfTwoCues() {
        assertThat(extract("The final report will be published in autumn, at which point the government will respond."))
                .extracting(ExtractedCommitment::action).containsExactly("publish the final report", "respond");
    }

    @Test
    void aDatedMilestoneIsACommitmentWhoeverItsSubject() {
        assertThat(extract("HMP Fosse Way is due to open in summer 2024, and construction of a new prison is due to "
                + "begin later this year.")).extracting(ExtractedCommitment::action, c -> c.deadline().date())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("open HMP Fosse Way", LocalDate.of(2024, 8, 31)),
                        org.assertj.core.groups.Tuple.tuple("begin construction of a new prison", LocalDate.of(2024, 12, 31)));
        assertThat(extract("The new accommodation contracts will come into effect in April 2025.")).hasSize(1);
        assertThat(extract("65% of patients will be seen within 18 weeks by March 2026.")).singleElement()
                .extracting(c -> c.deadline().date()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aPastAnnouncementOfAFutureActionCounts() {
        assertThat(extract("On 13 September, the Government announced that it intends to remove the exemption."))
                .singleElement().extracting(ExtractedCommitment::action).isEqualTo("remove the exemption");
        assertThat(extract("On 17 March, the Government announced plans to move 12,000 roles out of London and to close "
                + "11 office buildings by 2030.")).extracting(ExtractedCommitment::action)
                .containsExactly("move 12,000 roles out of London", "close 11 office buildings");
    }

    @Test
    void anAnswerThatCountsInFinancialYearsMeansTheFinancialYearByThisYear() {
        assertThat(extract("The settlement for 2023-24 provides £17 billion.\n\nThis year, we will make £275 million "
                + "available to forces.")).singleElement().extracting(c -> c.deadline().date()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void quoteOffsetsPointIntoTheTextStaffSeeForHtmlAnswers() {
        PlainText text = PlainText.of("<p>Thank you.</p><p>We will <b>publish</b> the plan in the autumn.</p>");

        ExtractedCommitment found = extractor.extract(text, LocalDate.of(2020, 3, 11)).get(0);

        assertThat(text.text().substring(found.start(), found.end())).isEqualTo("We will publish the plan in the autumn.");
    }

    @Test
    void confidenceIsHigherForAGovernmentPromiseWithADateThanForAnAmbition() {
        double promise = extract("We will publish the plan by the end of March.").get(0).confidence();
        double ambition = extract("The Plan sets a national ambition to halve childhood obesity by 2030.").get(0).confidence();
        assertThat(promise).isGreaterThan(ambition).isLessThanOrEqualTo(1.0);
        assertThat(ambition).isPositive();
    }

    static JsonNode firstDevAnswer() throws IOException {
        try (InputStream in = CommitmentExtractorTest.class.getResourceAsStream("/dev-answers.jsonl")) {
            String firstLine = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            return JsonMapper.builder().build().readTree(firstLine);
        }
    }
}
