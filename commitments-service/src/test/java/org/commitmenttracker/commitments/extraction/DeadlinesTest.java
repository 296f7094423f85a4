package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final LocalDate ANSWERED = LocalDate.of(2025, 3, 10);

    private final CandidateFinder finder = new CandidateFinder(TestEngine.ANALYSER, TestEngine.DEADLINES);

    private List<LocalDate> dates(String text) {
        return finder.candidates(PlainText.of(text), ANSWERED, false).stream().map(f -> f.deadline().date()).toList();
    }

    @Test
    void eachCoordinatedActionTakesTheTimeOfItsOwnClause() {
        assertThat(dates("Work on the new visitor centre is planned to begin in early 2026 and finish by summer 2027."))
                .containsExactly(LocalDate.of(2026, 4, 30), LocalDate.of(2027, 8, 31));
    }

    @Test
    void aTimeClosingACoordinationIsSharedByActionsWithoutOneOfTheirOwn() {
        assertThat(dates("The plan sets a new ambition to halve childhood obesity and significantly reduce the gap in "
                + "obesity by 2030.")).containsExactly(LocalDate.of(2030, 12, 31), LocalDate.of(2030, 12, 31));
    }

    @Test
    void aTimeOpeningTheClauseDatesIt() {
        assertThat(dates("From 2027 these arrangements will be replaced by the new contract."))
                .containsExactly(LocalDate.of(2027, 12, 31));
        assertThat(dates("As the Prime Minister announced, by July, every community will have named officers."))
                .containsExactly(LocalDate.of(2025, 7, 31));
    }

    @Test
    void aFramingTimeOpeningTheParagraphIsLentToItsLaterSentences() {
        assertThat(dates("Over the coming year, we will carry out a range of activity. We will convene a new group of "
                + "funders.\n\nWe will review it.")).containsExactly(ANSWERED.plusYears(1), ANSWERED.plusYears(1), null);
    }

    @Test
    void aDateTheSentenceBeforeSetsIsLentToTheNext() {
        assertThat(dates("The Council will meet on 13 May 2025. Lord Price will represent the UK."))
                .containsExactly(LocalDate.of(2025, 5, 13), LocalDate.of(2025, 5, 13));
        assertThat(dates("The draft Bill will be published this spring. Alongside this, the Home Office will publish an "
                + "impact assessment.")).containsExactly(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 5, 31));
    }

    @Test
    void theTimeOfARelativeClauseOnTheObjectDatesTheAction() {
        assertThat(dates("The final position will be set out in the annual accounts, which will be published later this year."))
                .first().isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void aDatedTimeWinsOverAVagueOneAndPastDatesAreBackground() {
        assertThat(dates("We will publish the report in due course and by the end of June at the latest."))
                .first().isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(dates("On 5 May 2019 we announced that we will consult on the measures.")).containsExactly((LocalDate) null);
    }
}
