package org.commitmenttracker.commitments.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.commitmenttracker.commitments.CommitmentsProperties;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.events.OverdueRule;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every commitment a search matches, as CSV or as a JSON array, in the search's order: the same filters as
 * {@code GET /api/commitments}, without paging. Streamed from the database to the client, so that 100,000 rows are
 * never held in memory.
 */
@RestController
@RequestMapping("/api/commitments")
class ExportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CommitmentStore store;
    private final CommitmentsProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    ExportController(CommitmentStore store, CommitmentsProperties properties, JsonMapper json, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/export.csv")
    ResponseEntity<StreamingResponseBody> csv(@Valid @ModelAttribute CommitmentFilter filter) {
        LocalDate today = today();
        StreamingResponseBody body = out -> {
            try (CommitmentCsv csv = new CommitmentCsv(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    today)) {
                store.forEach(filter.toQuery(today, 0, Integer.MAX_VALUE), c -> {
                    try {
                        csv.write(c);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        };
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, attachment(today, "csv")).body(body);
    }

    @GetMapping("/export.json")
    ResponseEntity<StreamingResponseBody> json(@Valid @ModelAttribute CommitmentFilter filter) {
        LocalDate today = today();
        StreamingResponseBody body = out -> {
            try (SequenceWriter array = json.writer().writeValuesAsArray(out)) {
                store.forEach(filter.toQuery(today, 0, Integer.MAX_VALUE), c -> array.write(CommitmentResponse.of(c, today)));
            }
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(today, "json")).body(body);
    }

    private static String attachment(LocalDate today, String extension) {
        return ContentDisposition.attachment().filename("commitments-" + today + "." + extension).build().toString();
    }

    private LocalDate today() {
        return OverdueRule.today(clock, properties.zone());
    }
}
