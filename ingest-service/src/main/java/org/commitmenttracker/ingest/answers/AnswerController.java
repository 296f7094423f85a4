package org.commitmenttracker.ingest.answers;

import java.util.Locale;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
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
        boolean published = result.outcome() == AnswerIntake.Outcome.RECEIVED || result.outcome() == AnswerIntake.Outcome.CORRECTED;
        return ResponseEntity.status(published ? HttpStatus.ACCEPTED : HttpStatus.OK).body(new AnswerAcceptedResponse(result.id(),
                result.outcome().name().toLowerCase(Locale.ROOT)));
    }

    /**
     * {@code POST /api/answers/{id}/withdrawal}: the question was withdrawn; 202 once the withdrawal is published, 200
     * if it was withdrawn before.
     */
    @PostMapping("/{id}/withdrawal")
    ResponseEntity<AnswerAcceptedResponse> withdraw(@PathVariable String id) {
        AnswerIntake.Result result = intake.withdraw(id);
        boolean published = result.outcome() == AnswerIntake.Outcome.WITHDRAWN;
        return ResponseEntity.status(published ? HttpStatus.ACCEPTED : HttpStatus.OK).body(new AnswerAcceptedResponse(result.id(),
                result.outcome().name().toLowerCase(Locale.ROOT)));
    }

    /** @param outcome {@code received}, {@code corrected}, {@code duplicate}, {@code superseded} or {@code withdrawn} */
    record AnswerAcceptedResponse(String id, String outcome) {
    }
}
