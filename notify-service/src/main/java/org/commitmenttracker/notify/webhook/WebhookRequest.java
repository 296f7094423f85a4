package org.commitmenttracker.notify.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.commitmenttracker.notify.alerts.AlertFilter;

/**
 * A webhook subscription to create with {@code POST /api/webhooks}, or the fields to change with
 * {@code PATCH /api/webhooks/{id}} (where a field left out stays as it is).
 *
 * @param url         absolute {@code http} or {@code https} URL without user info, on a public address
 * @param description optional, for people
 * @param types       alert types to send ({@code commitment.overdue} ...); empty or left out for all
 * @param departments answering departments, following renames; empty for all
 * @param ministers   answering ministers, or part of their names; empty for all
 * @param keywords    words or phrases in the commitment's action or quote; empty for all
 */
record WebhookRequest(@Size(max = 2_000) String url, @Size(max = 500) String description,
                      @Size(max = 20) List<@NotBlank @Size(max = 60) String> types,
                      @Size(max = 50) List<@NotBlank @Size(max = 200) String> departments,
                      @Size(max = 50) List<@NotBlank @Size(max = 200) String> ministers,
                      @Size(max = 50) List<@NotBlank @Size(max = 100) String> keywords) {

    /** The filter with the lists given here in place of those of {@code current}. */
    AlertFilter filterOver(AlertFilter current) {
        return current.replacing(types, departments, ministers, keywords);
    }
}
