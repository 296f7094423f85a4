package org.commitmenttracker.commitments.extraction;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.commitmenttracker.commitments.extraction.ImpliedDeadlinePolicy.PhraseClass;

/**
 * Finds the time expressions of a sentence and resolves each, relative to the date the answer was given, to the last
 * day of the period it names (the deadline rules of design.md and the labelling rules of the data set):
 * <ul>
 * <li>seasons: spring 31 May, summer 31 August, autumn 30 November, winter the end of February; "early spring" 30
 * April; a season without a year is the next one to end on or after the answer;</li>
 * <li>"early &lt;year&gt;" 30 April, "mid &lt;year&gt;" 30 June, "late &lt;year&gt;", "by / in / at the end of /
 * from &lt;year&gt;" 31 December;</li>
 * <li>"&lt;Month&gt; &lt;year&gt;" the month's last day; a bare month (by the end of March) that month of the
 * answer's year, or of the next if it has passed; "on 13 March" the next such day on or after the answer;</li>
 * <li>financial years: "2024/25" and "the next financial year" 31 March ending them; "the first three months of
 * 2022" 31 March 2022;</li>
 * <li>"later this year", "by the end of the year" 31 December of the answer's year; "in the new year" 31 December
 * of the next year, "early in the new year" 30 April of the next year;</li>
 * <li>"over the next three years", "over the coming year" the answer date plus the years;</li>
 * <li>"by the end of this Parliament" the last day the Parliament can sit ({@link ParliamentTerms});</li>
 * <li>vague phrases ("in due course", "shortly") and event-relative or repeating ones ("within 6 months of the
 * report", "every two years") name no date.</li>
 * </ul>
 */
final class TimeExpressions {

    private static final String MONTH = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.UK)).collect(Collectors.joining("|"));
    private static final List<String> MONTH_NAMES = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT)).toList();
    private static final String SEASON = "spring|summer|autumn|winter";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12), Map.entry("eighteen", 18), Map.entry("a", 1));
    private static final String PREPOSITION = "(?:(?:in|by|during|from|before|until|over|at|around|within|throughout) )?";

    /**
     * A rule, and the words one of which a sentence must hold for the rule to be tried at all: most sentences name no
     * time, and the words are far cheaper to look for than the pattern ({@code #year}: four digits in a row;
     * {@code #month}: a month's name).
     */
    private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, LocalDate> resolve, List<String> triggers) {

        boolean worthTrying(String lowerCase, boolean years, boolean months) {
            for (String trigger : triggers) {
                if (trigger.equals("#year") ? years : trigger.equals("#month") ? months : lowerCase.contains(trigger)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Rule> DATED = List.of(
            rule(PREPOSITION + "(?:the )?(?:end of )?(?:the )?(first|second|third|fourth|last) quarter of (\\d{4})",
                    (m, a) -> YearMonth.of(year(m, 2), 3 * quarter(m.group(1))).atEndOfMonth(), "quarter"),
            rule(PREPOSITION + "the first (three|six|nine) months of (\\d{4})",
                    (m, a) -> YearMonth.of(year(m, 2), number(m.group(1))).atEndOfMonth(), "months of"),
            rule("(?:(?:on|by|from|before|until|after) )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + MONTH + ")(?:,? (\\d{4}))?",
                    TimeExpressions::dayOfMonth, "#month"),
            rule(PREPOSITION + "(?:the (?:end|start|beginning) of )?(?:(early|mid|late) )?(" + MONTH + ") (\\d{4})",
                    (m, a) -> YearMonth.of(year(m, 3), month(m.group(2))).atEndOfMonth(), "#month"),
            rule(PREPOSITION + "(?:the |this )?(?:(early|late|mid)[- ]?)?(" + SEASON + ")(?: of)?(?: (\\d{4}))?",
                    TimeExpressions::season, "spring", "summer", "autumn", "winter"),
            rule("between (?:the )?(?:(?:financial|fiscal) years? )?\\d{4}[/-](?:\\d{2}|\\d{4}) and (\\d{4})[/-](\\d{2}|\\d{4})",
                    TimeExpressions::financialYearEnd, "between"),
            rule("(?:(?:in|by|during|from|before|until|over|through|throughout|up to|out to|to|for) )?(?:the )?(?:(?:financial|fiscal|academic) year )?(\\d{4})[/-](\\d{2}|\\d{4})(?: (financial|academic) year)?",
                    TimeExpressions::financialYear, "#year"),
            rule("(?:(?:in|by|during|over|for|throughout) )?(?:the )?(next|coming|current|this) academic year|(?:by |before )?the end of (?:the|this) academic year",
                    (m, a) -> academicYearEnd(a, nextOrComing(m.group(1))), "academic"),
            rule("(?:(?:early|late) )?(?:in |during |by |before )?(?:the )?(?:this |next )?summer term",
                    (m, a) -> academicYearEnd(a, m.group().toLowerCase(Locale.ROOT).contains("next")), "summer term"),
            rule("(?:(?:in|by|during|over) )?(?:the )?(next|coming|current|this) financial year|by the end of the financial year",
                    TimeExpressions::namedFinancialYear, "financial year"),
            rule("early in the new year|(?:in )?early next year", (m, a) -> LocalDate.of(a.getYear() + 1, 4, 30), "year"),
            rule("(?:in|by|during) the new year|(?:by the end of|later|during|in) next year|next year",
                    (m, a) -> LocalDate.of(a.getYear() + 1, 12, 31), "year"),
            rule(PREPOSITION + "(?:the )?(early|mid|late|the end of|the start of|end) ?-?(\\d{4})",
                    (m, a) -> switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "early", "the start of" -> LocalDate.of(year(m, 2), 4, 30);
                        case "mid" -> LocalDate.of(year(m, 2), 6, 30);
                        default -> LocalDate.of(year(m, 2), 12, 31);
                    }, "#year"),
            rule("(?:by|in|during|from|before|until|till|through|out to|up to|at the end of|by the end of|before the end of|throughout) (\\d{4})(?![/-]\\d)",
                    (m, a) -> LocalDate.of(year(m, 1), 12, 31), "#year"),
            rule("later this year|(?:by|before|towards) the end of (?:this|the) (?:calendar )?year|later in the year|this calendar year|(?:during|in|within) this year|this year",
                    (m, a) -> LocalDate.of(a.getYear(), 12, 31), "year"),
            rule("(?:by|before|until|at) the end of (" + MONTH + ")|(?:in|by|during|from|until|before) (" + MONTH + ")(?! \\d)",
                    (m, a) -> {
                        YearMonth month = YearMonth.of(a.getYear(), month(m.group(1) != null ? m.group(1) : m.group(2)));
                        return month.atEndOfMonth().isBefore(a) ? month.plusYears(1).atEndOfMonth() : month.atEndOfMonth();
                    }, "#month"),
            rule("(?:by|before) the end of (?:the|this) month|later this month|(?:during |in )?this month", (m, a) -> YearMonth.from(a).atEndOfMonth(), "month"),
            rule("(?:by |in |at |before )?the middle of (?:(this|next) year|(\\d{4}))",
                    (m, a) -> LocalDate.of(m.group(2) != null ? year(m, 2) : a.getYear() + ("next".equalsIgnoreCase(m.group(1)) ? 1 : 0), 6, 30),
                    "middle"),
            rule("within (?:the next )?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|a) (days?|weeks?|months?|years?)(?! (?:of|after|from|following)\\b)",
                    TimeExpressions::within, "within"),
            rule("(?:over|for|throughout|during) (?:the )?(?:next|coming|following) decade", (m, a) -> a.plusYears(10), "decade"),
            rule("next month", (m, a) -> YearMonth.from(a).plusMonths(1).atEndOfMonth(), "month"),
            rule("(?:over|during|throughout|in|within|for) the (?:next|coming|following) (?:(\\w+) )?(years?)(?! of)|over (\\d+|two|three|four|five|six|seven|eight|nine|ten) (years)(?! (?:of|ago)\\b)",
                    (m, a) -> {
                        if (m.group(3) != null) {
                            return a.plusYears(number(m.group(3)));
                        }
                        int years = m.group(1) == null ? 1 : number(m.group(1));
                        return years > 0 && (years == 1 || m.group(2).endsWith("s")) ? a.plusYears(years) : null;
                    }, "year"),
            rule("(?:(?:by|before|over|during|throughout|in|for) )?(?:the (?:end|duration|remainder|lifetime|course) of (?:this|the|the current)|this|the current) [Pp]arliament(?:, (\\d{4})-(\\d{2}))?",
                    (m, a) -> m.group(2) != null ? LocalDate.of(laterYear(year(m, 1), m.group(2)), 12, 31)
                            : ParliamentTerms.lastDayOfParliamentSittingOn(a).orElse(null), "parliament"));

    private record Vague(Pattern pattern, PhraseClass phraseClass, List<String> triggers) {
    }

    private static final List<Vague> VAGUE = List.of(
            vague("as soon as (?:parliamentary|Parliamentary) time allows|when (?:parliamentary|Parliamentary) time allows|when parliamentary time permits",
                    PhraseClass.PARLIAMENTARY_TIME, "time allows", "time permits"),
            vague("in due course|at a later date|in the future|at the appropriate time|in the fullness of time", PhraseClass.DUE_COURSE,
                    "due course", "later date", "future", "appropriate time", "fullness"),
            vague("in the coming months|in the next few months|within the next few months|over the coming months|in the coming weeks|over the coming weeks|in the next few weeks",
                    PhraseClass.COMING_MONTHS, "coming", "next few"),
            vague("shortly|soon|in the near future|as soon as possible|as soon as practicable|imminently|at the earliest opportunity",
                    PhraseClass.SOON, "shortly", "soon", "near future", "possible", "practicable", "imminently", "earliest"));

    /** Expressions that name no date and so must not be read as one ("within 6 months of the report"). */
    private static final Pattern UNDATED = Pattern.compile(
            "\\b(?:within|in) (?:\\d+|\\w+) (?:days|weeks|months|years) (?:of|after|from) [^,.;]+|\\bevery (?:\\w+ )?(?:days?|weeks?|months?|years?)\\b"
                    + "|\\b(?:upon|on|following|after) (?:receiving )?[Rr]oyal [Aa]ssent[^,.;]*|\\bover the spending review period\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> UNDATED_TRIGGERS = List.of("days", "weeks", "months", "years", "every", "royal assent",
            "spending review");

    private static final Pattern FINANCIAL_CONTEXT = Pattern.compile(
            "\\b(?:financial|fiscal) year\\b|\\b\\d{4}[/-]\\d{2}\\b|\\bsettlement\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_SPAN = Pattern.compile("\\b\\d{4}[/-]\\d{2,4}\\b");
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)(?:(?:during|in|within) )?this year");

    private TimeExpressions() {
    }

    /** The time expressions of {@code sentence}, in order, none overlapping. */
    static List<TimeExpression> find(String sentence, LocalDate answered) {
        return find(sentence, answered, FINANCIAL_CONTEXT.matcher(sentence).find());
    }

    /**
     * The time expressions of {@code sentence}; with {@code financialYears} (the answer counts money in financial
     * years) "this year" is the financial year.
     */
    static List<TimeExpression> find(String sentence, LocalDate answered, boolean financialYears) {
        List<TimeExpression> found = new ArrayList<>();
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        if (UNDATED_TRIGGERS.stream().anyMatch(lowerCase::contains)) {
            Matcher undated = UNDATED.matcher(sentence);
            while (undated.find()) {
                add(found, new TimeExpression(undated.group(), undated.start(), undated.end(), null, null));
            }
        }
        for (Vague vague : VAGUE) {
            if (vague.triggers().stream().noneMatch(lowerCase::contains)) {
                continue;
            }
            Matcher m = vague.pattern().matcher(sentence);
            while (m.find()) {
                if (m.start() > 0 && namesSomething(m.group())) {
                    continue; // "in the Future Combat Air System": a name, not a time
                }
                add(found, new TimeExpression(m.group(), m.start(), m.end(), null, vague.phraseClass()));
            }
        }
        boolean years = hasFourDigits(lowerCase);
        boolean months = MONTH_NAMES.stream().anyMatch(lowerCase::contains);
        for (Rule rule : DATED) {
            if (!rule.worthTrying(lowerCase, years, months)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                LocalDate date = resolve(rule, m, answered);
                if (date != null) {
                    add(found, new TimeExpression(m.group(), m.start(), m.end(), date, null));
                }
            }
        }
        found.sort(Comparator.comparingInt(TimeExpression::start));
        List<TimeExpression> joined = ranges(sentence, found);
        return financialYears ? inFinancialYears(joined, answered) : joined;
    }

    private static final Pattern RANGE_LINK = Pattern.compile("^\\s*(?:/|-|\u2013|to|or)\\s*$", Pattern.CASE_INSENSITIVE);

    /** "late 2018 / early 2019", "spring to summer 2026": one expression, ending with the later. */
    private static List<TimeExpression> ranges(String sentence, List<TimeExpression> found) {
        List<TimeExpression> joined = new ArrayList<>();
        for (TimeExpression e : found) {
            TimeExpression last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.dated() && e.dated() && !e.date().isBefore(last.date())
                    && RANGE_LINK.matcher(sentence.substring(last.end(), e.start())).matches()) {
                joined.set(joined.size() - 1, new TimeExpression(sentence.substring(last.start(), e.end()), last.start(), e.end(),
                        e.date(), null));
            } else {
                joined.add(e);
            }
        }
        return joined;
    }

    private static boolean namesSomething(String text) {
        String[] words = text.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0)) && !words[i].equals("Parliamentary")) {
                return true;
            }
        }
        return false;
    }

    /** "This year" where money is counted in financial years means the one ending on 31 March. */
    private static List<TimeExpression> inFinancialYears(List<TimeExpression> found, LocalDate answered) {
        LocalDate financialYearEnd = LocalDate.of(answered.isAfter(LocalDate.of(answered.getYear(), 3, 31))
                ? answered.getYear() + 1 : answered.getYear(), 3, 31);
        return found.stream()
                .map(e -> THIS_YEAR.matcher(e.text()).matches()
                        ? new TimeExpression(e.text(), e.start(), e.end(), financialYearEnd, null)
                        : e.dated() && YEAR_SPAN.matcher(e.text()).find() && e.date().getMonthValue() == 12
                                && !e.text().toLowerCase(Locale.ROOT).contains("parliament")
                        ? new TimeExpression(e.text(), e.start(), e.end(), LocalDate.of(e.date().getYear(), 3, 31), null) : e)
                .toList();
    }

    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text counts in financial years ("2023-24", "the financial year", a funding settlement). */
    static boolean countsInFinancialYears(String text) {
        return FINANCIAL_CONTEXT.matcher(text).find();
    }

    private static LocalDate resolve(Rule rule, Matcher m, LocalDate answered) {
        try {
            return rule.resolve().apply(m, answered);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null; // "31 February", a year out of range: not a date
        }
    }

    /** Of overlapping expressions the longer wins: "over the next year" over "next year". */
    private static void add(List<TimeExpression> found, TimeExpression candidate) {
        List<TimeExpression> overlapping = found.stream()
                .filter(e -> e.start() < candidate.end() && candidate.start() < e.end())
                .toList();
        int length = candidate.end() - candidate.start();
        if (overlapping.stream().allMatch(e -> e.end() - e.start() < length)) {
            found.removeAll(overlapping);
            found.add(candidate);
        }
    }

    private static Rule rule(String regex, BiFunction<Matcher, LocalDate, LocalDate> resolve, String... triggers) {
        return new Rule(Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE), resolve, List.of(triggers));
    }

    private static Vague vague(String regex, PhraseClass phraseClass, String... triggers) {
        return new Vague(Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE), phraseClass, List.of(triggers));
    }

    private static LocalDate dayOfMonth(Matcher m, LocalDate answered) {
        int day = Integer.parseInt(m.group(1));
        Month month = month(m.group(2));
        if (m.group(3) != null) {
            return LocalDate.of(Integer.parseInt(m.group(3)), month, day);
        }
        LocalDate date = MonthDay.of(month, day).atYear(answered.getYear());
        return date.isBefore(answered) ? MonthDay.of(month, day).atYear(answered.getYear() + 1) : date;
    }

    private static LocalDate season(Matcher m, LocalDate answered) {
        String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : answered.getYear();
        LocalDate end = season(m.group(2), qualifier, year);
        return m.group(3) == null && end.isBefore(answered) ? season(m.group(2), qualifier, year + 1) : end;
    }

    private static LocalDate season(String season, String qualifier, int year) {
        return switch (season.toLowerCase(Locale.ROOT)) {
            case "spring" -> qualifier.equals("early") ? LocalDate.of(year, 4, 30) : LocalDate.of(year, 5, 31);
            case "summer" -> LocalDate.of(year, 8, 31);
            case "autumn" -> LocalDate.of(year, 11, 30);
            default -> YearMonth.of(year + 1, 2).atEndOfMonth();
        };
    }

    private static LocalDate financialYear(Matcher m, LocalDate answered) {
        String text = m.group().toLowerCase(Locale.ROOT);
        int first = Integer.parseInt(m.group(1));
        int end = laterYear(first, m.group(2));
        if (end > first + 1 && end - first <= 10) {
            return LocalDate.of(end, 12, 31); // a span of years, "2021-26": its end (31 March where money is counted)
        }
        if (end != first + 1) {
            return null;
        }
        if (text.contains("academic")) {
            return LocalDate.of(end, 8, 31);
        }
        if (Character.isDigit(text.charAt(0)) && !text.contains("year") || text.startsWith("for ")) {
            return null; // "allocations for 2025/26": which year, not by when
        }
        return LocalDate.of(end, 3, 31);
    }

    /** "between 2025/26 and 2029/2030": the end of the later financial year. */
    private static LocalDate financialYearEnd(Matcher m, LocalDate answered) {
        int first = Integer.parseInt(m.group(1));
        int end = laterYear(first, m.group(2));
        return end == first + 1 ? LocalDate.of(end, 3, 31) : null;
    }

    private static boolean nextOrComing(String word) {
        return "next".equalsIgnoreCase(word) || "coming".equalsIgnoreCase(word);
    }

    /** The second year of "2025/26", "2021-2026" or "1999/00", in full. */
    private static int laterYear(int first, String second) {
        if (second.length() != 2) {
            return Integer.parseInt(second);
        }
        int end = first / 100 * 100 + Integer.parseInt(second);
        return end < first ? end + 100 : end;
    }

    /** The academic year, September to August: the one the answer falls in, or the next. */
    private static LocalDate academicYearEnd(LocalDate answered, boolean next) {
        int ends = answered.isAfter(LocalDate.of(answered.getYear(), 8, 31)) ? answered.getYear() + 1 : answered.getYear();
        return LocalDate.of(next ? ends + 1 : ends, 8, 31);
    }

    /** "within 12 months": the answer date plus the period. */
    private static LocalDate within(Matcher m, LocalDate answered) {
        int n = number(m.group(1));
        if (n <= 0) {
            return null;
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        return unit.startsWith("day") ? answered.plusDays(n) : unit.startsWith("week") ? answered.plusWeeks(n)
                : unit.startsWith("month") ? answered.plusMonths(n) : answered.plusYears(n);
    }

    private static LocalDate namedFinancialYear(Matcher m, LocalDate answered) {
        int currentEnds = answered.isAfter(LocalDate.of(answered.getYear(), 3, 31)) ? answered.getYear() + 1 : answered.getYear();
        boolean next = nextOrComing(m.group(1));
        return LocalDate.of(next ? currentEnds + 1 : currentEnds, 3, 31);
    }

    private static int year(Matcher m, int group) {
        int year = Integer.parseInt(m.group(group));
        if (year < 1900 || year > 2200) {
            throw new NumberFormatException("not a year: " + year);
        }
        return year;
    }

    private static int quarter(String ordinal) {
        return switch (ordinal.toLowerCase(Locale.ROOT)) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            default -> 4;
        };
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }

    static int number(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        return NUMBERS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }
}
