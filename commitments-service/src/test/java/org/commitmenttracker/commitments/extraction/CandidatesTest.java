package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commitmenttracker.commitments.extraction.Analyser.Sentence;
import org.commitmenttracker.commitments.extraction.Candidates.Candidate;
import org.commitmenttracker.commitments.extraction.Candidates.Cue;
import org.commitmenttracker.commitments.extraction.Candidates.SubjectClass;
import org.commitmenttracker.commitments.extraction.Candidates.Voice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CandidatesTest {

    private static Sentence analyse(String text) {
        return TestEngine.ANALYSER.analyse(text);
    }

    private static List<Candidate> candidates(String text) {
        return Candidates.in(analyse(text));
    }

    private static String headLemma(String text, Candidate c) {
        return analyse(text).get(c.head()).lemma();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We will publish the strategy in the spring.                                  | MODAL         | ACTIVE      | publish
            The report will be published in the spring.                                  | MODAL         | PASSIVE     | publish
            I shall announce the findings of the review in due course.                   | MODAL         | ACTIVE      | announce
            Around £2 billion will be spent over the next three years on schools.       | MODAL         | PASSIVE     | spend
            The current intention is to lay the draft regulations before Parliament.     | NOMINAL       | ACTIVE      | lay
            This included commitments to launch a consultation on electoral integrity.   | NOMINAL       | ACTIVE      | launch
            The rural programme remains on track to connect a further 500,000 premises.  | ON_TRACK      | ACTIVE      | connect
            Work on the new visitor centre is planned to begin in early 2026.            | SCHEDULED     | ACTIVE      | begin
            Twelve sites were returned, with a further eight due to be handed back.      | SCHEDULED     | PASSIVE     | hand
            The Secretary of State confirmed that the scheme would come into force.      | WOULD         | ACTIVE      | come
            We are now doubling the number of places on the scheme.                      | PROGRESSIVE   | ACTIVE      | double
            We are committed to introducing the necessary legislation.                   | COMMITTED     | ACTIVE      | introduce
            The Department intends to consult widely on the content of the curriculum.   | INTENTION     | ACTIVE      | consult
            New infrastructure schemes to be announced later this year will help.        | TO_BE         | PASSIVE     | announce
            We continue to engage with industry on the changes.                          | CONTINUE      | ACTIVE      | continue
            We will engage further, with a view to bringing forward a White Paper.       | MODAL         | ACTIVE      | engage
            We are going to publish the plan next month.                                 | GOING_TO      | ACTIVE      | publish
            The next publication is scheduled for release on Thursday 30 January.        | SCHEDULED_FOR | NOMINAL     | schedule
            On 5 May the Government announced the creation of a UK ISA.                  | ANNOUNCED     | NOMINAL     | announce
            We will have delivered the first phase by then.                              | MODAL         | PERFECT     | deliver
            Local voters will be able to apply for a free voter card.                    | MODAL         | ABLE        | apply
            There will be a consultation on the proposals.                               | MODAL         | COPULA      | be
            """)
    void findsTheCueVoiceAndVerbOfEachKind(String text, Cue cue, Voice voice, String verb) {
        Candidate first = candidates(text).get(0);

        assertThat(first.cue()).isEqualTo(cue);
        assertThat(first.voice()).isEqualTo(voice);
        assertThat(headLemma(text, first)).isEqualTo(verb);
    }

    @Test
    void aSentenceWithNoFutureOrCommissiveReadingHasNoCandidate() {
        assertThat(candidates("The Department published the review in 2019.")).isEmpty();
        assertThat(candidates("Information on the number of staff is not held centrally.")).isEmpty();
    }

    @Test
    void coordinatedActionsAreCandidatesOfTheirOwn() {
        String text = "Work on the new visitor centre is planned to begin in early 2026 and finish by summer 2027.";
        assertThat(candidates(text)).extracting(c -> headLemma(text, c), Candidate::conjunct)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("begin", 0), org.assertj.core.groups.Tuple.tuple("finish", 1));

        String three = "The Government will now consider her proposals fully, consult the devolved administrations, and will "
                + "publish the final terms of reference in due course.";
        assertThat(candidates(three)).extracting(c -> headLemma(three, c)).containsExactly("consider", "consult", "publish");

        String nominal = "This included commitments to launch a consultation and implement a digital imprints regime.";
        assertThat(candidates(nominal)).extracting(c -> headLemma(nominal, c)).containsExactly("launch", "implement");
    }

    @Test
    void aPurposeOrMeansClauseIsNotSplitOff() {
        assertThat(candidates("We will deliver communications activity to amplify loneliness messaging and reduce the stigma."))
                .hasSize(1);
        assertThat(candidates("The Bill will require companies to tackle abuse, by making sure it is taken down quickly "
                + "and by using tools to stop it.")).hasSize(1);
        assertThat(candidates("We will ensure that information is provided at the right times, to help inform students."))
                .hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We will publish the strategy.                                     | WE
            The Government will publish the strategy.                         | GOVERNMENT
            The Government\u2019s plans are to publish the strategy.          | GOVERNMENT
            The Home Office will undertake a new burdens assessment.          | GOVERNMENT
            My right hon. Friend the Secretary of State will write to him.    | GOVERNMENT
            The Electoral Commission will publish a report on the elections.  | INDEPENDENT
            NHS England will publish the plan.                                | DELIVERY_BODY
            Around £2 billion will be spent on repairing school buildings.    | MONEY
            The final report will be published in the autumn.                 | DOCUMENT
            The new scheme will open to applicants in April.                  | PROGRAMME
            Electors will be required to show photographic identification.   | AFFECTED
            We have ordered 40 new trams, which will all enter service soon.  | RELATIVE
            There will be a consultation on the proposals.                    | THERE
            """)
    void theSubjectIsClassedByTheHeadOfItsNounPhrase(String text, SubjectClass expected) {
        List<Candidate> found = candidates(text);
        assertThat(found.get(found.size() - 1).subject().subjectClass()).isEqualTo(expected);
    }

    @Test
    void aCueContinuingACoordinationBorrowsTheSentencesSubject() {
        Candidate c = candidates("The Government has built relationships with social media companies and will continue to "
                + "have regular dialogue with them.").get(0);

        assertThat(c.subject().subjectClass()).isEqualTo(SubjectClass.GOVERNMENT);
        assertThat(c.subject().inherited()).isTrue();
    }

    @Test
    void negationIsReadWhereverItStands() {
        assertThat(candidates("The Department does not intend to publish the data.")).singleElement()
                .extracting(Candidate::negated).isEqualTo(true);
        assertThat(candidates("We will not publish the data.")).singleElement().extracting(Candidate::negated).isEqualTo(true);
        assertThat(candidates("The Government has no plans to change the law.")).singleElement()
                .extracting(Candidate::negated).isEqualTo(true);
        assertThat(candidates("We will publish the data.")).singleElement().extracting(Candidate::negated).isEqualTo(false);
        // "and will not" opens a verb group of its own, with its own negation
        assertThat(candidates("The review will be forward looking and will not recommend changes before 2028."))
                .extracting(Candidate::negated).containsExactly(false, true);
    }

    @Test
    void onlySentencesWithACueWordAreWorthAnalysing() {
        assertThat(Candidates.mayHoldCue("the current intention is to lay the regulations")).isTrue();
        assertThat(Candidates.mayHoldCue("we won't delay")).isTrue();
        assertThat(Candidates.mayHoldCue("information is not held centrally.")).isFalse();
    }
}
