package org.commitmenttracker.commitments.api;

import java.time.Clock;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.commitmenttracker.commitments.CommitmentsProperties;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.tracking.StaffChanges;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.OverdueRule;
import org.commitmenttracker.support.web.FieldProblemException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff's changes to a commitment (editors): review, edits, deadline revisions, status with evidence, thread links. Each answers
 * the commitment as it is after the change; a stale {@code version} is a 409, a change the rules refuse a 409 or 422
 * naming its field. Who made it is the gateway's principal, from {@code X-Tracker-Principal}.
 */
@RestController
@RequestMapping("/api/commitments/{id}")
class CommitmentChangesController {

    /** Set by the gateway from the caller's key; a request without them did not come through it. */
    static final String PRINCIPAL = "X-Tracker-Principal";
    static final String ROLE = "X-Tracker-Role";
    private static final Set<String> EDITING_ROLES = Set.of("editor", "admin");

    private final StaffChanges changes;
    private final CommitmentsProperties properties;
    private final Clock clock;

    CommitmentChangesController(StaffChanges changes, CommitmentsProperties properties, Clock clock) {
        this.changes = changes;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping("/review")
    CommitmentResponse review(@PathVariable String id, @RequestHeader(name = PRINCIPAL, required = false) String principal,
                              @RequestHeader(name = ROLE, required = false) String role,
                              @Valid @RequestBody StaffRequests.Review request) {
        String by = editor(principal, role);
        return respond(changes.apply(id, request.version(),
                (c, now) -> c.reviewed(request.decision(), by, request.note(), now)));
    }

    @PatchMapping
    CommitmentResponse edit(@PathVariable String id, @RequestHeader(name = PRINCIPAL, required = false) String principal,
                            @RequestHeader(name = ROLE, required = false) String role,
                            @Valid @RequestBody StaffRequests.Edit request) {
        String by = editor(principal, role);
        return respond(changes.apply(id, request.version(),
                (c, now) -> c.edited(request.action(), request.strength(), by, request.note(), now)));
    }

    @PostMapping("/deadline")
    CommitmentResponse reviseDeadline(@PathVariable String id,
                                      @RequestHeader(name = PRINCIPAL, required = false) String principal,
                                      @RequestHeader(name = ROLE, required = false) String role,
                                      @Valid @RequestBody StaffRequests.DeadlineRevision request) {
        String by = editor(principal, role);
        String text = request.text() == null || request.text().isBlank() ? null : request.text().strip();
        Deadline deadline = request.date() == null && text == null ? Deadline.none()
                : new Deadline(text, request.date(), request.date() == null ? DeadlineKind.NONE : DeadlineKind.EXPLICIT);
        return respond(changes.apply(id, request.version(), (c, now) -> c.deadlineRevised(deadline, by, request.note(), now)));
    }

    @PostMapping("/status")
    CommitmentResponse changeStatus(@PathVariable String id,
                                    @RequestHeader(name = PRINCIPAL, required = false) String principal,
                                    @RequestHeader(name = ROLE, required = false) String role,
                                    @Valid @RequestBody StaffRequests.StatusChange request) {
        String by = editor(principal, role);
        return respond(changes.apply(id, request.version(), (c, now) -> c.statusChanged(request.status(), by,
                request.note(), request.links(), request.missingMeasure(), now)));
    }

    @PostMapping("/links")
    CommitmentResponse link(@PathVariable String id, @RequestHeader(name = PRINCIPAL, required = false) String principal,
                            @RequestHeader(name = ROLE, required = false) String role,
                            @Valid @RequestBody StaffRequests.Link request) {
        return respond(changes.link(id, request.version(), request.commitmentId(), editor(principal, role), request.note()));
    }

    @DeleteMapping("/links/{otherId}")
    CommitmentResponse unlink(@PathVariable String id, @PathVariable String otherId,
                              @RequestHeader(name = PRINCIPAL, required = false) String principal,
                              @RequestHeader(name = ROLE, required = false) String role,
                              @RequestParam @Min(1) long version, @RequestParam(required = false) @Size(max = 2000) String note) {
        return respond(changes.unlink(id, version, otherId, editor(principal, role), note));
    }

    private CommitmentResponse respond(Commitment changed) {
        return CommitmentResponse.of(changed, OverdueRule.today(clock, properties.zone()));
    }

    /** The principal making the change; only editors and admins, as the gateway vouches, may. */
    private static String editor(String principal, String role) {
        if (principal == null || principal.isBlank() || role == null || !EDITING_ROLES.contains(role)) {
            throw FieldProblemException.forbidden(PRINCIPAL,
                    "changes are made by a signed-in editor, through the gateway");
        }
        return principal;
    }
}
