package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.commitmenttracker.commitments.extraction.Cues.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We will publish the plan.                                       | MODAL
            We shall publish the plan.                                      | MODAL
            The plan will be published in the spring.                       | PASSIVE
            Electors will be required to show photographic ID.              | PASSIVE
            We are committed to introducing legislation.                    | COMMITTED
            We committed to building 1.5 million homes.                     | COMMITTED
            This included commitments to launch a consultation.             | COMMITMENT_NOUN
            We intend to publish the plan.                                  | INTENTION
            The prison is due to open in summer 2023.                       | SCHEDULED
            65% of patients will be seen within 18 weeks by March 2026.     | DATED_PASSIVE
            Statistics are intended for publication in the near future.     | PUBLICATION
            The pilots scheduled to run in May 2018 start soon.             | SCHEDULED
            New schemes to be announced later this year.                    | TO_BE
            The Plan sets a national ambition to halve childhood obesity.   | AMBITION
            We paused, with the view of bringing forward a White Paper.     | VIEW
            """)
    void recognisesEachKindOfCue(String sentence, Kind kind) {
        assertThat(Cues.in(sentence)).first().extracting(Cues.Cue::kind).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We will not publish the plan.
            We will never compromise.
            The provision will be the exception.
            The Government is committed to the principle.
            """)
    void negatedRhetoricalAndCopularModalsAreNoCues(String sentence) {
        assertThat(Cues.in(sentence)).isEmpty();
    }
}
