package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrengthRulesTest {

    private final CandidateFinder finder = new CandidateFinder(TestEngine.ANALYSER, TestEngine.DEADLINES);

    private boolean weak(String text) {
        List<CandidateFinder.Found> found = finder.candidates(PlainText.of(text), LocalDate.of(2025, 3, 10), false);
        return StrengthRules.weak(found.get(0).features());
    }

    @ParameterizedTest(name = "{0} -> weak {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Our ambition is to phase out physical documents by 2025.                     | true
            We aim to deliver up to 30,000 tests a day to care homes.                    | true
            The Department will seek to recover up to £625,000 in costs.                 | true
            Final decisions will be taken shortly.                                       | true
            A final decision on whether to proceed will be made at the Spending Review.  | true
            A final decision on whether to proceed with the project will be made soon.   | true
            The government will respond in due course.                                   | true
            We will consider the proposals carefully.                                    | true
            We expect HMS Queen Elizabeth to be accepted from the Alliance in 2017.      | true
            We expect to publish the plan in the autumn.                                 | false
            We will publish our response to the consultation by the summer.              | false
            We will build 1.5 million homes by the end of this Parliament.               | false
            Parliamentary approval for £900,000 will be sought in a supplementary estimate. | false
            """)
    void theGuidesHedgesAndBareDecisionsAreWeak(String text, boolean weak) {
        assertThat(weak(text)).isEqualTo(weak);
    }
}
