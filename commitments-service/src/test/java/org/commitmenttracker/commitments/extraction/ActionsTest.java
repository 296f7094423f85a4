package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionsTest {

    private final CandidateFinder finder = new CandidateFinder(TestEngine.ANALYSER, TestEngine.DEADLINES);

    private List<String> actions(String text) {
        return finder.candidates(PlainText.of(text), LocalDate.of(2025, 3, 10), false).stream()
                .map(CandidateFinder.Found::action).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We will publish the aviation strategy in the spring.                                   | publish the aviation strategy
            The final report will be published in the autumn.                                      | publish the final report
            Around £2 billion will be spent over the next three years on repairing school buildings. | spend around £2 billion on repairing school buildings
            Twelve sites were returned, with a further eight due to be handed back by the end of June. | hand back a further eight
            Work on the new visitor centre is planned to begin in early 2026.                      | begin work on the new visitor centre
            We will deliver communications activity to amplify messaging and reduce stigma.        | deliver communications activity
            The current intention is to lay the draft regulations before Parliament in the autumn. | lay the draft regulations before Parliament
            We will write to local authorities and MPs in the spring.                              | write to local authorities and MPs
            """)
    void theActionIsTheDeedWithItsObjectWithoutItsTime(String text, String action) {
        assertThat(actions(text).get(0)).isEqualTo(action);
    }

    @Test
    void aPronounObjectIsReplacedByWhatItStandsFor() {
        assertThat(actions("The transport decarbonisation plan is being developed. We will publish it in the autumn."))
                .contains("publish the transport decarbonisation plan");
    }

    @Test
    void aRelativeClausesSubjectIsItsAntecedent() {
        assertThat(actions("We have ordered 40 new trams, which will all enter service by December 2026."))
                .containsExactly("40 new trams to enter service");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We have commissioned an independent review of bus fares, which the Government will report on by March 2027. | report on an independent review of bus fares
            The regulator has drafted new guidance for landlords, on which we will consult in the new year.             | consult on new guidance for landlords
            The council has set up a new flood taskforce, which I will chair.                                           | chair a new flood taskforce
            """)
    void aRelativePronounObjectIsItsAntecedent(String text, String action) {
        assertThat(actions(text)).contains(action);
    }

    @Test
    void aVerbLeftWithoutItsObjectTakesTheMatterJustNamed() {
        assertThat(actions("The consultation on rail fares ended in May, and the Government will respond in the summer."))
                .contains("respond to the consultation on rail fares");
    }

    @Test
    void eachCoordinatedActionKeepsItsOwnWords() {
        assertThat(actions("This included commitments to launch a consultation on electoral integrity and implement a "
                + "digital imprints regime for online election material."))
                .containsExactly("launch a consultation on electoral integrity",
                        "implement a digital imprints regime for online election material");
    }

    @Test
    void anActionIsNeverABareFragmentOfPunctuation() {
        assertThat(actions("We will, of course, respond.")).allSatisfy(a -> assertThat(a).doesNotEndWith(",").isNotBlank());
    }
}
