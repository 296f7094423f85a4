package org.commitmenttracker.commitments.api;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.events.OverdueRule;

/**
 * Commitments as CSV rows (RFC 4180, by Apache Commons CSV), one a commitment, with a header. A cell that a
 * spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return) gets a leading
 * apostrophe, so that an answer's text can never run in a reader's spreadsheet. Public for {@code bin/bench-export}.
 */
public final class CommitmentCsv implements AutoCloseable {

    static final List<String> COLUMNS = List.of("id", "answer_id", "house", "department", "minister", "date_answered",
            "heading", "source_url", "quote", "action", "engine_action", "strength", "confidence", "deadline_text",
            "deadline_date", "deadline_kind", "status", "overdue", "days_overdue", "review", "in_latest_answer",
            "withdrawn", "version", "updated_at");

    private final CSVPrinter printer;
    private final LocalDate today;

    public CommitmentCsv(Writer out, LocalDate today) throws IOException {
        this.printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out);
        this.today = today;
    }

    public void write(Commitment c) throws IOException {
        var source = c.source();
        var deadline = c.deadline();
        printer.printRecord(c.id(), source.answerId(), source.house(), safe(source.department()),
                safe(source.minister()), source.dateAnswered(), safe(source.heading()), safe(source.sourceUrl()),
                safe(c.quote().text()), safe(c.action()), safe(c.found().action()), wire(c.strength()), c.confidence(),
                deadline == null ? null : safe(deadline.text()), deadline == null ? null : deadline.date(),
                deadline == null ? null : wire(deadline.kind()), wire(c.status()),
                OverdueRule.isOverdue(deadline, c.status(), c.tracked(), today),
                OverdueRule.daysOverdue(deadline, c.status(), c.tracked(), today), wire(c.review()), c.inLatestAnswer(),
                c.withdrawn(), c.version(), c.updatedAt());
    }

    void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    private static String wire(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
