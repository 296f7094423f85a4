package org.commitmenttracker.commitments.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.commitmenttracker.commitments.CommitmentsProperties;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentPage;
import org.commitmenttracker.commitments.store.CommitmentQuery;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.OverdueRule;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.support.web.FieldError;
import org.commitmenttracker.support.web.NotFoundException;
import org.commitmenttracker.support.web.RequestValidationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tracking API: list and read commitments. */
@RestController
@RequestMapping("/api/commitments")
class CommitmentController {

    private final CommitmentStore store;
    private final CommitmentsProperties properties;
    private final Clock clock;

    CommitmentController(CommitmentStore store, CommitmentsProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Newest answers first; {@code overdue} is derived by the {@link OverdueRule}. */
    @GetMapping
    CommitmentPageResponse list(@RequestParam(required = false) String department,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String overdue,
                                @RequestParam(required = false) String review,
                                @RequestParam(defaultValue = "0") String page,
                                @RequestParam(defaultValue = "20") String size) {
        List<FieldError> errors = new ArrayList<>();
        CommitmentStatus statusFilter = status == null ? null : parseEnum("status", status, CommitmentStatus.values(), errors);
        Boolean overdueFilter = overdue == null ? null : parseBoolean("overdue", overdue, errors);
        ReviewState reviewFilter = review == null ? null : parseEnum("review", review, ReviewState.values(), errors);
        int pageNumber = parseInt("page", page, 0, Integer.MAX_VALUE / properties.maxPageSize(), errors);
        int pageSize = parseInt("size", size, 1, properties.maxPageSize(), errors);
        if (!errors.isEmpty()) {
            throw new RequestValidationException(errors);
        }
        LocalDate today = today();
        CommitmentPage result = store.search(new CommitmentQuery(blankToNull(department), statusFilter, overdueFilter,
                reviewFilter, today, pageNumber, pageSize));
        return new CommitmentPageResponse(result.items().stream().map(c -> CommitmentResponse.of(c, today)).toList(),
                pageNumber, pageSize, result.total());
    }

    @GetMapping("/{id}")
    CommitmentResponse get(@PathVariable String id) {
        Commitment commitment = store.find(id).orElseThrow(() -> new NotFoundException("No commitment with id " + id));
        return CommitmentResponse.of(commitment, today());
    }

    private LocalDate today() {
        return OverdueRule.today(clock, properties.zone());
    }

    private static <E extends Enum<E>> E parseEnum(String field, String value, E[] values, List<FieldError> errors) {
        return Arrays.stream(values)
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseGet(() -> {
                    errors.add(new FieldError(field, "must be one of " + Arrays.stream(values)
                            .map(s -> s.name().toLowerCase(Locale.ROOT)).toList()));
                    return null;
                });
    }

    private static Boolean parseBoolean(String field, String value, List<FieldError> errors) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        errors.add(new FieldError(field, "must be true or false"));
        return null;
    }

    private static int parseInt(String field, String value, int min, int max, List<FieldError> errors) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, "must be a whole number from " + min + " to " + max));
        return min;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
