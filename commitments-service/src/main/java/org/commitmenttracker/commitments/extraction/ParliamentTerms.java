package org.commitmenttracker.commitments.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The UK Parliaments since 2010, to resolve "by the end of this Parliament": the last day the Parliament sitting when
 * the answer was given could sit, as the labelling guide reads it. Under the Dissolution and Calling of Parliament Act
 * 2022 a Parliament dissolves at the start of the fifth anniversary of the day it first met, so the last day is the
 * day before that anniversary (the Parliament that first met on 9 July 2024 can last until 8 July 2029; the one that
 * first met on 17 December 2019, until 16 December 2024, although it was dissolved on 30 May 2024: a promise made
 * while it sat could not know that). The dissolution date only says which Parliament sat on a day.
 */
final class ParliamentTerms {

    /** @param dissolved null while the Parliament sits */
    record Term(LocalDate firstMet, LocalDate dissolved) {

        /** The last day the Parliament could sit, as known while it sat: the day before the fifth anniversary of its first meeting. */
        LocalDate lastDay() {
            return firstMet.plusYears(5).minusDays(1);
        }
    }

    static final List<Term> TERMS = List.of(
            new Term(LocalDate.of(2010, 5, 18), LocalDate.of(2015, 3, 30)),
            new Term(LocalDate.of(2015, 5, 18), LocalDate.of(2017, 5, 3)),
            new Term(LocalDate.of(2017, 6, 13), LocalDate.of(2019, 11, 6)),
            new Term(LocalDate.of(2019, 12, 17), LocalDate.of(2024, 5, 30)),
            new Term(LocalDate.of(2024, 7, 9), null));

    private ParliamentTerms() {
    }

    /** The last day of the Parliament sitting on {@code day}; empty between Parliaments or outside the table. */
    static Optional<LocalDate> lastDayOfParliamentSittingOn(LocalDate day) {
        return TERMS.stream()
                .filter(term -> !day.isBefore(term.firstMet()) && (term.dissolved() == null ? !day.isAfter(term.lastDay())
                        : !day.isAfter(term.dissolved())))
                .map(Term::lastDay)
                .findFirst();
    }
}
