package org.commitmenttracker.commitments.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Evidence;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;

/**
 * The bodies of staff's changes, validated by the framework (a 400 naming each bad field). Each carries the
 * {@code version} of the commitment the change was made against.
 */
final class StaffRequests {

    /** A scheme of http or https, a host (no user info), then anything without spaces. */
    static final String ABSOLUTE_HTTP_URL = "(?i)https?://[^\\s/?#@]+(?:[/?#]\\S*)?";

    private StaffRequests() {
    }

    /** {@code POST /api/commitments/{id}/review}: {@code confirmed} or {@code rejected} (with the reason in note). */
    record Review(@NotNull @Min(1) Long version, @NotNull ReviewState decision, @Size(max = 2000) String note) {
    }

    /** {@code PATCH /api/commitments/{id}}: staff's wording of the action or reading of its strength, or both. */
    record Edit(@NotNull @Min(1) Long version,
                @Size(min = 3, max = 300) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String action,
                Strength strength, @Size(max = 2000) String note) {

        @JsonIgnore
        @AssertTrue(message = "give an action or a strength to change")
        boolean isActionOrStrength() {
            return action != null || strength != null;
        }
    }

    /** {@code POST /api/commitments/{id}/deadline}: a revised deadline; no date and no text clears it. */
    record DeadlineRevision(@NotNull @Min(1) Long version, LocalDate date, @Size(max = 200) String text,
                            @Size(max = 2000) String note) {
    }

    /** {@code POST /api/commitments/{id}/status}: a new status with its note, evidence and missing measure. */
    record StatusChange(@NotNull @Min(1) Long version, @NotNull CommitmentStatus status, @Size(max = 2000) String note,
                        @Size(max = 20) List<@NotNull @Valid EvidenceLink> evidence,
                        @Size(max = 300) String missingMeasure) {

        List<Evidence> links() {
            return evidence == null ? List.of()
                    : evidence.stream().map(e -> new Evidence(e.url().strip(), e.title().strip(), e.date())).toList();
        }
    }

    /** {@code POST /api/commitments/{id}/links}: another commitment of the same thread, linked both ways. */
    record Link(@NotNull @Min(1) Long version, @NotBlank @Size(max = 100) String commitmentId,
                @Size(max = 2000) String note) {
    }

    /** An evidence link: an absolute http or https URL, a title, and the date it was published if known. */
    record EvidenceLink(@NotBlank @Size(max = 2000) @Pattern(regexp = ABSOLUTE_HTTP_URL,
                                message = "must be an absolute http or https URL") String url,
                        @NotBlank @Size(max = 300) String title,
                        @PastOrPresent LocalDate date) {
    }
}
