package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeaturesTest {

    private final CandidateFinder finder = new CandidateFinder(TestEngine.ANALYSER, TestEngine.DEADLINES);

    private List<String> features(String text) {
        return finder.candidates(PlainText.of(text), LocalDate.of(2025, 3, 10), false).get(0).features();
    }

    @Test
    void describeTheCueSubjectVerbAndTime() {
        assertThat(features("We will publish the strategy in the spring."))
                .contains("cue=MODAL", "group=FUTURE", "voice=ACTIVE", "subj=WE", "verb=publish", "vf=publish",
                        "deadline=dated", "deadlineFrom=own", "obj=strategy", "objFamily=document");
    }

    @Test
    void reportedSpeechMakesWouldAFuture() {
        assertThat(features("In January the Secretary of State confirmed that the new licensing scheme would come into force "
                + "in April 2026.")).contains("cue=WOULD_REPORTED", "group=FUTURE", "reported=confirm", "reportedTense=past");
        assertThat(features("If we were to do so, we would need new powers.")).contains("cue=WOULD", "group=CONDITIONAL");
    }

    @Test
    void aPronounSubjectIsClassedByWhatItStandsFor() {
        assertThat(features("The Government has stated that it will review the response to procurement."))
                .contains("subj=GOVERNMENT", "subjPronoun=PRONOUN");
    }

    @Test
    void aCueInsideAnotherCandidatesActionSaysSo() {
        List<CandidateFinder.Found> found = finder.candidates(PlainText.of("Our consultation will set out proposals to close "
                + "coal by 2025."), LocalDate.of(2016, 11, 9), false);

        assertThat(found).hasSize(2);
        assertThat(found.get(1).features()).contains("enclosed=MODAL");
    }

    @Test
    void everyFeatureIsANameAndAValueFromTheAnalysisNotTheSentencesWording() {
        List<String> features = features("The Department for Education will publish the final report of the review of "
                + "special educational needs provision in England by the end of March 2026.");

        assertThat(features).allSatisfy(f -> assertThat(f).doesNotContainAnyWhitespaces());
        assertThat(features).filteredOn(f -> !Features.forDecision(f)).allMatch(f -> f.matches("(?:w|sw|cw)=.+"));
    }
}
