package org.commitmenttracker.notify.alerts;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.commitmenttracker.events.CommitmentAlert;
import org.commitmenttracker.events.DepartmentLines;
import org.commitmenttracker.events.EventType;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.support.web.FieldError;
import org.commitmenttracker.support.web.RequestValidationException;

/**
 * Which alerts a subscriber (a webhook or an e-mail digest) wants. Each list left empty lets every alert through; an
 * alert must pass every list that is not empty.
 *
 * @param types       alert types, as webhooks name them ({@code commitment.overdue} ...)
 * @param departments answering departments; a department also matches those in a line with it after a
 *                    machinery-of-government change ({@link DepartmentLines}), so a subscription to the Department
 *                    of Energy and Climate Change follows its commitments into DESNZ
 * @param ministers   the answering minister's name, or part of it, without regard to case
 * @param keywords    words or phrases, any of which is in the commitment's action or quote, as whole words without
 *                    regard to case
 */
public record AlertFilter(List<String> types, List<String> departments, List<String> ministers, List<String> keywords) {

    /** The alert types on {@link Topics#ALERTS}, as webhooks name them. */
    public static final Set<String> ALERT_TYPES = Arrays.stream(EventType.values())
            .filter(type -> type.topic().equals(Topics.ALERTS)).map(EventType::shortName)
            .collect(Collectors.toUnmodifiableSet());

    public static final AlertFilter EVERYTHING = new AlertFilter(List.of(), List.of(), List.of(), List.of());

    public AlertFilter {
        types = clean(types);
        departments = clean(departments);
        ministers = clean(ministers);
        keywords = clean(keywords);
    }

    /** This filter with each list that is given (not null) in place of its own. */
    public AlertFilter replacing(List<String> types, List<String> departments, List<String> ministers,
                                 List<String> keywords) {
        return new AlertFilter(types != null ? types : this.types, departments != null ? departments : this.departments,
                ministers != null ? ministers : this.ministers, keywords != null ? keywords : this.keywords);
    }

    /** Which of these names no alert type. */
    public List<String> unknownTypes() {
        return types.stream().filter(type -> !ALERT_TYPES.contains(type)).toList();
    }

    /**
     * This filter, if every type it names is an alert type.
     *
     * @param field the request field the types came in, for the problem detail
     * @throws RequestValidationException naming the field and the known types
     */
    public AlertFilter requireKnownTypes(String field) {
        if (!unknownTypes().isEmpty()) {
            throw new RequestValidationException(List.of(new FieldError(field, "unknown alert type " + unknownTypes()
                    + "; one of " + ALERT_TYPES.stream().sorted().toList())));
        }
        return this;
    }

    public boolean matches(CommitmentAlert alert) {
        return (types.isEmpty() || types.contains(EventType.of(alert).shortName()))
                && (departments.isEmpty() || alert.source() != null && inLine(alert.source().department()))
                && (ministers.isEmpty() || alert.source() != null && byMinister(alert.source().minister()))
                && (keywords.isEmpty() || mentions(alert));
    }

    /** The departments to look for in stored alerts: each named, and every one in a line with it. */
    public Set<String> departmentsWithTheirLines() {
        return departments.stream().flatMap(d -> DepartmentLines.lineOf(d).stream()).collect(Collectors.toSet());
    }

    private boolean inLine(String department) {
        if (department == null) {
            return false;
        }
        String wanted = DepartmentLines.normal(department);
        return departmentsWithTheirLines().stream().anyMatch(d -> DepartmentLines.normal(d).equals(wanted));
    }

    private boolean byMinister(String minister) {
        if (minister == null) {
            return false;
        }
        String name = minister.toLowerCase(Locale.ROOT);
        return ministers.stream().anyMatch(m -> name.contains(m.toLowerCase(Locale.ROOT)));
    }

    private boolean mentions(CommitmentAlert alert) {
        String text = (alert.action() == null ? "" : alert.action()) + "\n"
                + (alert.quote() == null || alert.quote().text() == null ? "" : alert.quote().text());
        return keywords.stream().anyMatch(keyword -> Pattern.compile("(?<![\\p{L}\\p{N}])"
                + Pattern.quote(keyword) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text).find());
    }

    private static List<String> clean(Collection<String> values) {
        return values == null ? List.of() : values.stream()
                .filter(value -> value != null && !value.isBlank()).map(String::strip).distinct().toList();
    }
}
