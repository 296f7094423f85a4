package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every deadline rule of ../shared/data/README.md, with the edges: answers in December and March, leap years. */
class TimeExpressionsTest {

    @ParameterizedTest(name = "\"{0}\" answered {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            We will publish it in the spring.                  | 2020-01-10 | in the spring                 | 2020-05-31
            We will publish it in the spring.                  | 2019-12-10 | in the spring                 | 2020-05-31
            We will publish it in the summer.                  | 2020-09-01 | in the summer                 | 2021-08-31
            We will publish it this autumn.                    | 2020-03-11 | this autumn                   | 2020-11-30
            We will publish it in autumn.                      | 2025-05-28 | in autumn                     | 2025-11-30
            We will publish it in winter 2027.                 | 2027-01-05 | in winter 2027                | 2028-02-29
            We will publish it in early spring.                | 2020-01-28 | in early spring               | 2020-04-30
            We will publish it in Summer 2025.                 | 2025-04-30 | in Summer 2025                | 2025-08-31
            We will publish it in early 2020.                  | 2020-01-28 | in early 2020                 | 2020-04-30
            We will publish it in mid 2026.                    | 2025-01-01 | in mid 2026                   | 2026-06-30
            We will publish it in mid-2026.                    | 2025-01-01 | in mid-2026                   | 2026-06-30
            We will decarbonise the grid by 2031.              | 2024-05-01 | by 2031                       | 2031-12-31
            We will do it in 2027.                             | 2024-05-01 | in 2027                       | 2027-12-31
            We will do it from 2027.                           | 2024-05-01 | from 2027                     | 2027-12-31
            We will do it at the end of 2027.                  | 2024-05-01 | at the end of 2027            | 2027-12-31
            We will spend it by 2024/25.                       | 2022-05-01 | by 2024/25                    | 2025-03-31
            We will spend it in 2024-25.                       | 2022-05-01 | in 2024-25                    | 2025-03-31
            We will spend it in the next financial year.       | 2024-03-10 | in the next financial year    | 2025-03-31
            We will spend it in the next financial year.       | 2024-04-10 | in the next financial year    | 2026-03-31
            We will report in the first three months of 2022.  | 2021-10-01 | in the first three months of 2022 | 2022-03-31
            We will close 100 hotels by the end of March.      | 2024-03-26 | by the end of March           | 2024-03-31
            We will close 100 hotels by the end of March.      | 2024-04-26 | by the end of March           | 2025-03-31
            We will run pilots in May 2018.                    | 2017-04-25 | in May 2018                   | 2018-05-31
            We will run pilots in June.                        | 2024-07-01 | in June                       | 2025-06-30
            We will run pilots in June.                        | 2024-02-01 | in June                       | 2024-06-30
            We will report in February 2024.                   | 2023-12-01 | in February 2024              | 2024-02-29
            The forecast will be laid on 13 March.             | 2020-02-27 | on 13 March                   | 2020-03-13
            The forecast will be laid on 13 March.             | 2020-03-14 | on 13 March                   | 2021-03-13
            The figures will be published on 11 February 2016. | 2016-02-08 | on 11 February 2016           | 2016-02-11
            We will announce new schemes later this year.      | 2015-06-17 | later this year               | 2015-12-31
            We will announce new schemes later this year.      | 2015-12-17 | later this year               | 2015-12-31
            We will do it by the end of the year.              | 2015-06-17 | by the end of the year        | 2015-12-31
            We will bring forward a White Paper early in the new year. | 2025-11-21 | early in the new year | 2026-04-30
            We will bring forward a White Paper in the new year. | 2025-11-21 | in the new year             | 2026-12-31
            We will build homes over the next three years.     | 2024-02-29 | over the next three years     | 2027-02-28
            Over the coming year, we will convene a group.     | 2021-06-22 | Over the coming year          | 2022-06-22
            We will build 1.5 million homes by the end of this Parliament. | 2024-07-22 | by the end of this Parliament | 2029-07-08
            We will build homes over the duration of the parliament. | 2024-07-22 | over the duration of the parliament | 2029-07-08
            We will do it by the end of this Parliament.       | 2018-01-15 | by the end of this Parliament | 2022-06-12
            We will plant trees by the end of this parliament. | 2022-04-28 | by the end of this parliament | 2024-12-16
            We will plant trees in this Parliament, 2017-22.   | 2019-07-02 | in this Parliament, 2017-22   | 2022-12-31
            Grants will be paid between 1998/99 and 1999/00.   | 1998-05-04 | between 1998/99 and 1999/00   | 2000-03-31
            We will take one project to FID this Parliament.   | 2022-12-02 | this Parliament               | 2024-12-16
            We will approve the investment this month.         | 2022-11-29 | this month                    | 2022-11-30
            We will place the contract by the middle of this year. | 2017-03-06 | by the middle of this year | 2017-06-30
            We will publish a report within 12 months.         | 2024-05-16 | within 12 months              | 2025-05-16
            We will finish the works within eighteen months.   | 2024-05-16 | within eighteen months        | 2025-11-16
            We will invest £600,000 over five years.           | 2023-02-23 | over five years               | 2028-02-23
            The rate will rise for the next four years.        | 2025-10-22 | for the next four years       | 2029-10-22
            We will roll out the standards over the next decade. | 2019-10-23 | over the next decade        | 2029-10-23
            We will invest £2 billion out to 2025.             | 2024-02-19 | out to 2025                   | 2025-12-31
            We will progress expansion through 2015-16.        | 2014-11-20 | through 2015-16               | 2016-03-31
            It will be invested between 2025/26 and 2029/2030. | 2026-02-04 | between 2025/26 and 2029/2030 | 2030-03-31
            Allocations for the 2022/23 academic year will follow. | 2022-04-19 | for the 2022/23 academic year | 2023-08-31
            We will simplify the programme for the next academic year. | 2022-03-31 | for the next academic year | 2023-08-31
            Schools will hear early in the summer term.        | 2022-04-19 | early in the summer term      | 2022-08-31
            Work will begin late 2018 / early 2019.            | 2018-07-24 | late 2018 / early 2019        | 2019-04-30
            """)
    void resolvesToTheLastDayOfTheNamedPeriod(String sentence, LocalDate answered, String text, LocalDate expected) {
        List<TimeExpression> found = TimeExpressions.find(sentence, answered);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualToIgnoringCase(text);
        assertThat(found.get(0).date()).isEqualTo(expected);
        assertThat(sentence.substring(found.get(0).start(), found.get(0).end())).isEqualTo(found.get(0).text());
    }

    @Test
    void aSpanOfYearsEndsOnTheLastDayOfItsLastYearOr31MarchWhereMoneyIsCountedInFinancialYears() {
        assertThat(TimeExpressions.find("Our £11.5 billion Affordable Homes Programme for 2021-26 will provide homes.",
                LocalDate.of(2024, 5, 20), true)).singleElement().extracting(TimeExpression::date).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(TimeExpressions.find("We will plant 11 million trees over 2017-22.", LocalDate.of(2019, 7, 2), false))
                .singleElement().extracting(TimeExpression::date).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void aVagueWordInsideANameIsNoTime() {
        assertThat(TimeExpressions.find("We will invest in the Future Combat Air System out to 2025.", LocalDate.of(2024, 2, 19)))
                .extracting(TimeExpression::text).containsExactly("out to 2025");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            We will publish it in due course.                           | in due course                  | DUE_COURSE
            We will launch a consultation shortly.                      | shortly                        | SOON
            We will publish it as soon as possible.                     | as soon as possible            | SOON
            We will publish it in the near future.                      | in the near future             | SOON
            We will set out plans in the coming months.                 | in the coming months           | COMING_MONTHS
            We will act within the next few months.                     | within the next few months     | COMING_MONTHS
            We will legislate when parliamentary time allows.           | when parliamentary time allows | PARLIAMENTARY_TIME
            We will legislate as soon as Parliamentary time allows.     | as soon as Parliamentary time allows | PARLIAMENTARY_TIME
            """)
    void vaguePhrasesNameNoDateButAClassForThePolicy(String sentence, String text, ImpliedDeadlinePolicy.PhraseClass phraseClass) {
        List<TimeExpression> found = TimeExpressions.find(sentence, LocalDate.of(2022, 6, 6));
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo(text);
            assertThat(e.date()).isNull();
            assertThat(e.vague()).isEqualTo(phraseClass);
        });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            We will respond within 6 months of the release of the final report.
            We will refresh the modelling every two years.
            We will fund it over the spending review period.
            The duty will apply upon Royal Assent of the Bill.
            """)
    void eventRelativeAndRepeatingExpressionsNameNoDate(String sentence) {
        assertThat(TimeExpressions.find(sentence, LocalDate.of(2022, 6, 6)))
                .allSatisfy(e -> {
                    assertThat(e.date()).isNull();
                    assertThat(e.vague()).isNull();
                });
    }

    @Test
    void anAnswerGivenBetweenParliamentsHasNoParliamentToEnd() {
        assertThat(TimeExpressions.find("We will do it by the end of this Parliament.", LocalDate.of(2024, 6, 15))).isEmpty();
    }

    @Test
    void findsEveryExpressionOfASentenceInOrder() {
        List<TimeExpression> found = TimeExpressions.find(
                "Figures for the 12 months up to 31 December 2015 will be published on 11 February 2016.", LocalDate.of(2016, 2, 8));
        assertThat(found).extracting(TimeExpression::date)
                .containsExactly(LocalDate.of(2015, 12, 31), LocalDate.of(2016, 2, 11));
    }

    @Test
    void sentencesWithoutTimeMentionNone() {
        assertThat(TimeExpressions.find("We will continue to work with partners.", LocalDate.of(2000, 1, 1))).isEmpty();
        assertThat(TimeExpressions.find("Schemes to be announced later this year.", LocalDate.of(2000, 1, 1))).isNotEmpty();
    }
}
