package org.commitmenttracker.commitments.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Turns the time expression that governs a commitment into its deadline: a dated expression gives an
 * {@code explicit} deadline ({@link TimeExpressions} has the rules); a vague phrase ("in due course") gives an
 * {@code implied} one from the {@link ImpliedDeadlinePolicy}; an event-relative or repeating one ("every two
 * years") gives none.
 */
public final class DeadlineResolver {

    private final ImpliedDeadlinePolicy impliedPolicy;

    public DeadlineResolver(ImpliedDeadlinePolicy impliedPolicy) {
        this.impliedPolicy = impliedPolicy;
    }

    /** The deadline of the first time expression in {@code sentence}; {@link FoundDeadline#none()} if none. */
    public FoundDeadline resolve(String sentence, LocalDate answered) {
        return deadline(TimeExpressions.find(sentence, answered).stream().findFirst(), answered);
    }

    FoundDeadline deadline(Optional<TimeExpression> expression, LocalDate answered) {
        if (expression.isEmpty()) {
            return FoundDeadline.none();
        }
        TimeExpression e = expression.get();
        if (e.dated()) {
            return FoundDeadline.explicit(e.text(), e.date());
        }
        if (e.vague() != null) {
            return impliedPolicy.implied(e.text(), e.vague(), answered);
        }
        return new FoundDeadline(e.text(), null, FoundDeadline.Kind.NONE);
    }

    List<TimeExpression> find(String sentence, LocalDate answered, boolean financialYears) {
        return TimeExpressions.find(sentence, answered, financialYears);
    }
}
