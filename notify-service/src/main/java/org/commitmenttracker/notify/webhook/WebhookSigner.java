package org.commitmenttracker.notify.webhook;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * Signs webhook calls per Standard Webhooks, with the specification's own Java library: the receiver checks
 * {@code webhook-signature: v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">}, keyed with the
 * base64-decoded part of the secret after {@code whsec_}, and refuses a timestamp far from its own clock.
 */
class WebhookSigner {

    static final String ID = "webhook-id";
    static final String TIMESTAMP = "webhook-timestamp";
    static final String SIGNATURE = "webhook-signature";
    static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_BYTES = 24;

    private final SecureRandom random;

    WebhookSigner(SecureRandom random) {
        this.random = random;
    }

    /** A fresh secret: {@code whsec_} and the base64 of 24 random bytes. */
    String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /**
     * The three Standard Webhooks headers for one attempt at sending {@code body}: one signature per secret, separated
     * by spaces (during a rotation's grace period, the new secret's and the old one's), any of which verifies.
     */
    Map<String, String> headers(String messageId, Instant sentAt, String body, List<String> secrets) {
        long timestamp = sentAt.getEpochSecond();
        List<String> signatures = new ArrayList<>();
        for (String secret : secrets) {
            try {
                signatures.add(new Webhook(secret).sign(messageId, timestamp, body));
            } catch (WebhookSigningException e) {
                throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
            }
        }
        String signature = String.join(" ", signatures);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, messageId);
        headers.put(TIMESTAMP, Long.toString(timestamp));
        headers.put(SIGNATURE, signature);
        return headers;
    }
}
