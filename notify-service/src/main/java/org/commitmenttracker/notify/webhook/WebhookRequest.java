package org.commitmenttracker.notify.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A webhook to register with {@code POST /api/webhooks}.
 *
 * @param url         absolute {@code http} or {@code https} URL without user info, on a public address
 * @param description optional, for people
 */
record WebhookRequest(@NotBlank @Size(max = 2_000) String url, @Size(max = 500) String description) {
}
