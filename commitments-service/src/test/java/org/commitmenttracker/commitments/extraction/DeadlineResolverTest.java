package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineResolverTest {

    private final DeadlineResolver resolver = new DeadlineResolver(ImpliedDeadlinePolicy.defaults());

    @ParameterizedTest(name = "{0} answered {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            We will publish the strategy in the spring.                 | 2020-01-10 | in the spring          | 2020-05-31
            We will publish the strategy in the spring.                 | 2020-07-10 | in the spring          | 2021-05-31
            We will publish the plan in the autumn.                     | 2020-03-11 | in the autumn          | 2020-11-30
            We will publish the Defence Housing Strategy in Summer 2025. | 2025-04-30 | in Summer 2025        | 2025-08-31
            We will publish the People Plan in early 2020.              | 2020-01-28 | in early 2020          | 2020-04-30
            We will publish it in early spring.                         | 2020-01-28 | in early spring        | 2020-04-30
            We will decarbonise the grid by 2031.                       | 2024-05-01 | by 2031                | 2031-12-31
            We will spend it by 2024/25.                                | 2022-05-01 | by 2024/25             | 2025-03-31
            We will close 100 hotels by the end of March.               | 2024-03-26 | by the end of March    | 2024-03-31
            We will close 100 hotels by the end of March.               | 2024-04-26 | by the end of March    | 2025-03-31
            We will run pilots in May 2018.                             | 2017-04-25 | in May 2018            | 2018-05-31
            We will announce new schemes later this year.               | 2015-06-17 | later this year        | 2015-12-31
            We will build homes over the next three years.              | 2024-02-29 | over the next three years | 2027-02-28
            Over the coming year, we will convene a group.              | 2021-06-22 | Over the coming year   | 2022-06-22
            We will report in mid 2026.                                 | 2025-01-01 | in mid 2026            | 2026-06-30
            """)
    void resolvesExplicitDeadlinesToTheLastDayOfTheNamedPeriod(String sentence, LocalDate answered, String text,
                                                               LocalDate expected) {
        FoundDeadline deadline = resolver.resolve(sentence, answered);
        assertThat(deadline.kind()).isEqualTo(FoundDeadline.Kind.EXPLICIT);
        assertThat(deadline.text()).isEqualToIgnoringCase(text);
        assertThat(deadline.date()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We will publish the terms of reference in due course.       | in due course                  | 2023-06-06
            We will launch a consultation shortly.                      | shortly                        | 2022-09-06
            We will legislate when parliamentary time allows.           | when parliamentary time allows | 2024-06-06
            We will set out plans in the coming months.                 | in the coming months           | 2022-12-06
            """)
    void vaguePhrasesGetAnImpliedDeadlineFromThePolicy(String sentence, String text, LocalDate expected) {
        FoundDeadline deadline = resolver.resolve(sentence, LocalDate.of(2022, 6, 6));
        assertThat(deadline.kind()).isEqualTo(FoundDeadline.Kind.IMPLIED);
        assertThat(deadline.text()).isEqualTo(text);
        assertThat(deadline.date()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We will continue to work with partners.
            The Department published the report and 20 others.
            """)
    void sentencesWithoutATimeExpressionHaveNoDeadline(String sentence) {
        assertThat(resolver.resolve(sentence, LocalDate.of(2022, 6, 6)).kind()).isEqualTo(FoundDeadline.Kind.NONE);
    }
}
