package org.commitmenttracker.commitments.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.commitments.extraction.CommitmentExtractor;
import org.commitmenttracker.commitments.extraction.ExtractedCommitment;
import org.commitmenttracker.commitments.extraction.PlainText;
import org.junit.jupiter.api.Test;

class AnswerProcessorTest {

    private static final CommitmentExtractor EXTRACTOR = CommitmentExtractor.standard();

    private List<String> ids(String text) {
        List<ExtractedCommitment> found = EXTRACTOR.extract(PlainText.of(text), LocalDate.of(2024, 1, 10));
        return AnswerProcessor.commitmentIds("uk-parliament:commons:2024-01-02:1234", found);
    }

    @Test
    void idsStayTheSameWhenACorrectionChangesAnotherSentence() {
        List<String> before = ids("Thank you for the question. We will publish the plan in the spring. We will consult on it.");
        List<String> after = ids("Thank you for your important question about plans. We will publish the plan in the spring. "
                + "We will consult on it.");

        assertThat(after).hasSize(2).isEqualTo(before);
    }

    @Test
    void aChangedSentenceGivesANewIdAndRepeatsOfASentenceAreTellApart() {
        List<String> original = ids("We will publish the plan in the spring.");
        List<String> changed = ids("We will publish the plan in the summer.");
        List<String> repeated = ids("We will publish the plan in the spring.\n\nWe will publish the plan in the spring.");

        assertThat(changed).doesNotContainAnyElementsOf(original);
        assertThat(repeated).doesNotHaveDuplicates().hasSize(2).startsWith(original.get(0));
    }

    @Test
    void twoCommitmentsOfOneSentenceHaveTheirOwnIds() {
        assertThat(ids("We will launch a consultation in the spring and publish the final report by the end of the year."))
                .hasSize(2).doesNotHaveDuplicates().allMatch(id -> id.matches("cmt-[0-9a-f]{20}"));
    }
}
