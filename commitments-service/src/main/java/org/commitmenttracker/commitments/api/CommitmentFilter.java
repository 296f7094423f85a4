package org.commitmenttracker.commitments.api;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.commitmenttracker.commitments.store.CommitmentQuery;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.ReviewState;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters of a commitments search, bound and validated by the framework: a value of the wrong type or
 * out of range is a 400 naming the parameter. Enum values are read without regard to case ({@code in_progress},
 * {@code IN_PROGRESS}).
 *
 * @param q    keywords, all of which must be in the quote, the action or the heading (stems match: "publishing"
 *             finds "publish")
 * @param sort {@code answered} (newest answers first, the default), {@code answered_asc}, {@code deadline} (earliest
 *             first, undated last), {@code deadline_desc}, {@code days_overdue} (overdue commitments only, the
 *             most days overdue first), {@code confidence} (the engine's most confident first) or
 *             {@code confidence_asc}
 * @param facets true for facet counts with the page (ignored by the exports)
 */
record CommitmentFilter(@Size(max = 200) String q, @Size(max = 200) String department, @Size(max = 200) String minister,
                        CommitmentStatus status, ReviewState review, Boolean overdue,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredFrom,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredTo,
                        Sort sort, @Min(0) @Max(100_000) Integer page, @Min(1) @Max(100) Integer size,
                        Boolean facets) {

    static final int DEFAULT_SIZE = 20;

    /** The orders a search can be listed in, as the {@code sort} parameter names them. */
    enum Sort {
        ANSWERED(CommitmentQuery.Order.ANSWERED_NEWEST),
        ANSWERED_ASC(CommitmentQuery.Order.ANSWERED_OLDEST),
        DEADLINE(CommitmentQuery.Order.DEADLINE),
        DEADLINE_DESC(CommitmentQuery.Order.DEADLINE_LATEST),
        DAYS_OVERDUE(CommitmentQuery.Order.DAYS_OVERDUE),
        CONFIDENCE(CommitmentQuery.Order.CONFIDENCE),
        CONFIDENCE_ASC(CommitmentQuery.Order.CONFIDENCE_ASC);

        final CommitmentQuery.Order order;

        Sort(CommitmentQuery.Order order) {
            this.order = order;
        }
    }

    @AssertTrue(message = "days_overdue lists overdue commitments: it cannot be combined with overdue=false")
    boolean isSortCompatible() {
        return sort != Sort.DAYS_OVERDUE || !Boolean.FALSE.equals(overdue);
    }

    @AssertTrue(message = "dueAfter must not be after dueBefore")
    boolean isDueRangeOrdered() {
        return dueBefore == null || dueAfter == null || !dueAfter.isAfter(dueBefore);
    }

    @AssertTrue(message = "answeredFrom must not be after answeredTo")
    boolean isAnsweredRangeOrdered() {
        return answeredFrom == null || answeredTo == null || !answeredFrom.isAfter(answeredTo);
    }

    int pageNumber() {
        return page == null ? 0 : page;
    }

    int pageSize() {
        return size == null ? DEFAULT_SIZE : size;
    }

    CommitmentQuery toQuery(LocalDate today, int pageNumber, int pageSize) {
        Boolean onlyOverdue = sort == Sort.DAYS_OVERDUE ? Boolean.TRUE : overdue;
        return new CommitmentQuery(blankToNull(q), blankToNull(department), blankToNull(minister), status, review,
                onlyOverdue, dueBefore, dueAfter, answeredFrom, answeredTo, sort == null ? null : sort.order, today,
                pageNumber, pageSize);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
