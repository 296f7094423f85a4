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
            A final decision on whether to proceed with the project will be made at the Spending Review. | make a final decision at the Spending Review
            Further information on the funding for local authorities will be set out shortly.     | set out further information on the funding for local authorities
            """)
    void theActionIsTheDeedWithItsObjectWithoutItsTime(String text, String action) {
        assertThat(actions(text).get(0)).isEqualTo(action);
    }

    @Test
    void aClauseWithASubjectOfItsOwnEndsTheActionBeforeIt() {
        assertThat(actions("The Home Office will publish an impact assessment and a further, updated, impact assessment "
                + "will be completed before the Bill is introduced.")).containsExactly("publish an impact assessment",
                "complete impact assessment before the Bill is introduced");
        assertThat(actions("The framework will remain in place, and HM Treasury will keep monitoring risks to public funds."))
                .containsExactly("the framework to remain in place", "keep monitoring risks to public funds");
        assertThat(actions("I will inform the House of the outcome and copies of the report will be placed in the Library."))
                .containsExactly("inform the House of the outcome", "place copies of the report in the Library");
        // a coordinated subject is not a clause of its own
        assertThat(actions("We are committed to ensuring that all households and small business sites are offered smart meters."))
                .first().asString().contains("small business sites");
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
