package org.commitmenttracker.notify.digest;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.commitmenttracker.notify.alerts.AlertFilter;

/**
 * An e-mail digest to subscribe to with {@code POST /api/digests}, or the fields to change with
 * {@code PATCH /api/digests/{id}} (a field left out stays as it is).
 *
 * @param email       where to send it
 * @param frequency   {@code daily} or {@code weekly} (Mondays)
 * @param types       alert types ({@code commitment.overdue} ...); empty or left out for all
 * @param departments answering departments, following renames; empty for all
 * @param ministers   answering ministers, or part of their names; empty for all
 * @param keywords    words or phrases in the commitment's action or quote; empty for all
 */
record DigestRequest(@Email @Size(max = 254) String email, DigestFrequency frequency,
                     @Size(max = 20) List<@NotBlank @Size(max = 60) String> types,
                     @Size(max = 50) List<@NotBlank @Size(max = 200) String> departments,
                     @Size(max = 50) List<@NotBlank @Size(max = 200) String> ministers,
                     @Size(max = 50) List<@NotBlank @Size(max = 100) String> keywords) {

    /** The filter with the lists given here in place of those of {@code current}. */
    AlertFilter filterOver(AlertFilter current) {
        return current.replacing(types, departments, ministers, keywords);
    }

    @Override
    public String toString() {
        return "DigestRequest[frequency=" + frequency + "]";
    }
}
