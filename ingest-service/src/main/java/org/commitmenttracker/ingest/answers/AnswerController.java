package org.commitmenttracker.ingest.answers;

import java.util.Locale;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/answers}: 202 once the answer's event is acknowledged by the broker (received or corrected), 200
 * when the same answer was already taken in (nothing is published).
 */
@RestController
@RequestMapping("/api/answers")
class AnswerController {

    private final AnswerIntake intake;

    AnswerController(AnswerIntake intake) {
        this.intake = intake;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AnswerAcceptedResponse> receive(@Valid @RequestBody AnswerRequest request) {
        AnswerIntake.Result result = intake.receive(request);
        HttpStatus status = result.outcome() == AnswerIntake.Outcome.DUPLICATE ? HttpStatus.OK : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(new AnswerAcceptedResponse(result.id(),
                result.outcome().name().toLowerCase(Locale.ROOT)));
    }

    /** @param outcome {@code received}, {@code corrected} or {@code duplicate} */
    record AnswerAcceptedResponse(String id, String outcome) {
    }
}
