package org.commitmenttracker.commitments.extraction;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the time expression in a sentence and resolves it, relative to the date the answer was given, to the last day
 * of the period it names (design.md, "Deadline rules"): spring 31 May, summer 31 August, autumn 30 November,
 * "early <year>" 30 April, "by 2031" 31 December, a financial year "2024/25" 31 March 2025, "over the next three
 * years" the answer date plus three years. Vague phrases ("in due course", "shortly") get no explicit date; the
 * {@link ImpliedDeadlinePolicy} gives them one of kind {@code implied}.
 */
public final class DeadlineResolver {

    private static final String MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.UK)).collect(Collectors.joining("|"));
    private static final Map<String, Integer> NUMBERS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

    private static final Pattern SEASON = Pattern.compile(
            "\\b(?:(?:in|by|during|over|from) )?(?:the )?(early |late )?(spring|summer|autumn|winter)(?: of)?(?: (\\d{4}))?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("\\b(?:by|in|during) (?:the )?(\\d{4})[/-](\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(?:(?:in|by|during|from|before|until) )?(?:the end of )?(" + MONTHS + ") (\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern END_OF_MONTH = Pattern.compile("\\bby the end of (" + MONTHS + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EARLY_MID_LATE_YEAR = Pattern.compile("\\b(?:in |by )?(early|mid|late)[ -](\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(?:(by|in|during|at the end of|by the end of|from) )(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THIS_YEAR = Pattern.compile(
            "\\b(later this year|by the end of (?:the|this) year|this year|before the end of the year)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_YEARS = Pattern.compile(
            "\\bover the (?:next|coming) (?:(\\w+) )?(year|years)\\b", Pattern.CASE_INSENSITIVE);

    private final ImpliedDeadlinePolicy impliedPolicy;

    public DeadlineResolver(ImpliedDeadlinePolicy impliedPolicy) {
        this.impliedPolicy = impliedPolicy;
    }

    /** The deadline a sentence states, resolved against {@code answered}; {@link FoundDeadline#none()} if none. */
    public FoundDeadline resolve(String sentence, LocalDate answered) {
        Optional<FoundDeadline> explicit = explicit(sentence, answered);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        return impliedPolicy.implied(sentence, answered).orElse(FoundDeadline.none());
    }

    private Optional<FoundDeadline> explicit(String sentence, LocalDate answered) {
        Matcher m = FINANCIAL_YEAR.matcher(sentence);
        if (m.find() && Integer.parseInt(m.group(2)) == (Integer.parseInt(m.group(1)) + 1) % 100) {
            return found(m, LocalDate.of(Integer.parseInt(m.group(1)) + 1, 3, 31));
        }
        m = MONTH_YEAR.matcher(sentence);
        if (m.find()) {
            return found(m, YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).atEndOfMonth());
        }
        m = END_OF_MONTH.matcher(sentence);
        if (m.find()) {
            YearMonth month = YearMonth.of(answered.getYear(), month(m.group(1)));
            if (month.atEndOfMonth().isBefore(answered)) {
                month = month.plusYears(1);
            }
            return found(m, month.atEndOfMonth());
        }
        m = SEASON.matcher(sentence);
        if (m.find()) {
            int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : answered.getYear();
            LocalDate end = seasonEnd(m.group(2).toLowerCase(Locale.ROOT), m.group(1), year);
            if (m.group(3) == null && end.isBefore(answered)) {
                end = end.plusYears(1);
            }
            return found(m, end);
        }
        m = EARLY_MID_LATE_YEAR.matcher(sentence);
        if (m.find()) {
            int year = Integer.parseInt(m.group(2));
            return found(m, switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "early" -> LocalDate.of(year, 4, 30);
                case "mid" -> LocalDate.of(year, 6, 30);
                default -> LocalDate.of(year, 12, 31);
            });
        }
        m = YEAR.matcher(sentence);
        if (m.find()) {
            return found(m, LocalDate.of(Integer.parseInt(m.group(2)), 12, 31));
        }
        m = THIS_YEAR.matcher(sentence);
        if (m.find()) {
            return found(m, LocalDate.of(answered.getYear(), 12, 31));
        }
        m = NEXT_YEARS.matcher(sentence);
        if (m.find()) {
            int years = m.group(1) == null ? 1 : number(m.group(1));
            if (years > 0) {
                return found(m, answered.plus(Period.ofYears(years)));
            }
        }
        return Optional.empty();
    }

    private static LocalDate seasonEnd(String season, String qualifier, int year) {
        if ("early ".equalsIgnoreCase(qualifier) && season.equals("spring")) {
            return LocalDate.of(year, 4, 30);
        }
        return switch (season) {
            case "spring" -> LocalDate.of(year, 5, 31);
            case "summer" -> LocalDate.of(year, 8, 31);
            case "autumn" -> LocalDate.of(year, 11, 30);
            default -> LocalDate.of(year + 1, 2, 1).minusDays(1);
        };
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static int number(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        return NUMBERS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    private static Optional<FoundDeadline> found(Matcher m, LocalDate date) {
        return Optional.of(FoundDeadline.explicit(m.group().strip(), date));
    }
}
