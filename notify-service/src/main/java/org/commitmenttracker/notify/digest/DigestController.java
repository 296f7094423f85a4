package org.commitmenttracker.notify.digest;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.validation.Valid;
import org.commitmenttracker.notify.NotifyProperties;
import org.commitmenttracker.notify.alerts.AlertFilter;
import org.commitmenttracker.support.web.FieldError;
import org.commitmenttracker.support.web.FieldProblemException;
import org.commitmenttracker.support.web.NotFoundException;
import org.commitmenttracker.support.web.RequestValidationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.MailException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * E-mail digests. Staff manage their own ({@code X-Tracker-Principal}, set by the gateway); admins see and manage
 * everyone's:
 * <ul>
 *     <li>{@code POST /api/digests}, {@code GET /api/digests}, {@code GET|PATCH|DELETE /api/digests/{id}};</li>
 *     <li>{@code POST /api/digests/{id}/send-now}: the digest of the last day (or week) at once, to try it;</li>
 *     <li>{@code GET|POST /api/digests/unsubscribe/{token}}: the one-click unsubscribe link of every digest, which
 *     needs no sign-in and says nothing but that it worked.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/digests")
class DigestController {

    static final String PRINCIPAL = "X-Tracker-Principal";
    static final String ROLE = "X-Tracker-Role";

    private static final String UNSUBSCRIBED_PAGE = page("Unsubscribed",
            "You will get no more digests from the commitment tracker at this address.");
    private static final String UNKNOWN_LINK_PAGE = page("Link not recognised",
            "This unsubscribe link is not one the commitment tracker knows. Nothing was changed.");

    private final DigestStore digests;
    private final DigestSender sender;
    private final Clock clock;
    private final NotifyProperties.Digests settings;
    private final ZoneId zone;
    private final SecureRandom random = new SecureRandom();

    DigestController(DigestStore digests, DigestSender sender, Clock clock, NotifyProperties properties) {
        this.digests = digests;
        this.sender = sender;
        this.clock = clock;
        this.settings = properties.digests();
        this.zone = properties.zone();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DigestResponse> subscribe(@Valid @RequestBody DigestRequest request,
                                             @RequestHeader(name = PRINCIPAL, required = false) String principal) {
        String owner = caller(principal);
        List<FieldError> errors = new ArrayList<>();
        if (request.email() == null || request.email().isBlank()) {
            errors.add(new FieldError("email", "must not be blank"));
        }
        if (request.frequency() == null) {
            errors.add(new FieldError("frequency", "must be daily or weekly"));
        }
        if (!errors.isEmpty()) {
            throw new RequestValidationException(errors);
        }
        AlertFilter filter = request.filterOver(AlertFilter.EVERYTHING).requireKnownTypes("types");
        Instant now = clock.instant();
        byte[] token = new byte[32];
        random.nextBytes(token);
        DigestSubscription subscription = new DigestSubscription(UUID.randomUUID().toString(), owner,
                request.email().strip(), request.frequency(), filter,
                Base64.getUrlEncoder().withoutPadding().encodeToString(token), now, now,
                request.frequency().nextAfter(now, settings.sendAt(), zone), null, null, null);
        digests.insert(subscription);
        return ResponseEntity.created(URI.create("/api/digests/" + subscription.id()))
                .body(DigestResponse.of(subscription));
    }

    @GetMapping
    List<DigestResponse> list(@RequestHeader(name = PRINCIPAL, required = false) String principal,
                              @RequestHeader(name = ROLE, required = false) String role) {
        return digests.list(isAdmin(role) ? null : caller(principal)).stream().map(DigestResponse::of).toList();
    }

    @GetMapping("/{id}")
    DigestResponse get(@PathVariable String id, @RequestHeader(name = PRINCIPAL, required = false) String principal,
                       @RequestHeader(name = ROLE, required = false) String role) {
        return DigestResponse.of(visible(id, principal, role));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    DigestResponse update(@PathVariable String id, @Valid @RequestBody DigestRequest request,
                          @RequestHeader(name = PRINCIPAL, required = false) String principal,
                          @RequestHeader(name = ROLE, required = false) String role) {
        DigestSubscription current = visible(id, principal, role);
        AlertFilter filter = request.filterOver(current.filter()).requireKnownTypes("types");
        DigestFrequency frequency = request.frequency() == null ? current.frequency() : request.frequency();
        DigestSubscription updated = new DigestSubscription(id, current.owner(),
                request.email() == null || request.email().isBlank() ? current.email() : request.email().strip(),
                frequency, filter, current.unsubscribeToken(), current.createdAt(), current.periodStart(),
                frequency == current.frequency() ? current.nextDigestAt()
                        : frequency.nextAfter(clock.instant(), settings.sendAt(), zone),
                current.lastSentAt(), current.lastError(), current.unsubscribedAt());
        digests.update(updated);
        return DigestResponse.of(updated);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id, @RequestHeader(name = PRINCIPAL, required = false) String principal,
                @RequestHeader(name = ROLE, required = false) String role) {
        digests.delete(visible(id, principal, role).id());
    }

    /** @param sent false when no alert of the period passed the filter (nothing is sent then) */
    record SendResult(boolean sent, Instant from, Instant to) {
    }

    @PostMapping("/{id}/send-now")
    SendResult sendNow(@PathVariable String id, @RequestHeader(name = PRINCIPAL, required = false) String principal,
                       @RequestHeader(name = ROLE, required = false) String role) {
        DigestSubscription subscription = visible(id, principal, role);
        if (!subscription.isActive()) {
            throw FieldProblemException.conflict("unsubscribedAt", "this address has unsubscribed");
        }
        Instant to = clock.instant();
        Instant from = to.atZone(zone).minus(subscription.frequency().period()).toInstant();
        try {
            return new SendResult(sender.send(subscription, from, to), from, to);
        } catch (MailException | MessagingException e) {
            throw FieldProblemException.unprocessable("email", "the SMTP server did not take the digest: "
                    + e.getMessage());
        }
    }

    @GetMapping(path = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribeByLink(@PathVariable String token) {
        return unsubscribe(token);
    }

    /** The RFC 8058 one-click form, which mail clients post to. */
    @PostMapping(path = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        boolean known = token.length() <= 100 && digests.unsubscribe(token, clock.instant());
        return ResponseEntity.status(known ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
                .body(known ? UNSUBSCRIBED_PAGE : UNKNOWN_LINK_PAGE);
    }

    private DigestSubscription visible(String id, String principal, String role) {
        String caller = caller(principal);
        return digests.find(id).filter(s -> isAdmin(role) || s.owner().equals(caller))
                .orElseThrow(() -> new NotFoundException("No digest subscription of yours with id " + id));
    }

    private static String caller(String principal) {
        if (principal == null || principal.isBlank()) {
            throw FieldProblemException.forbidden(PRINCIPAL, "missing: digests belong to a caller, call through the gateway");
        }
        return principal;
    }

    private static boolean isAdmin(String role) {
        return "admin".equals(role);
    }

    private static String page(String title, String message) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + " · Commitment tracker</title></head><body style=\"font-family:sans-serif;max-width:40em;margin:3em auto\">"
                + "<h1>" + title + "</h1><p>" + message + "</p></body></html>";
    }

    /**
     * A digest subscription as the API shows it: never its unsubscribe token.
     *
     * @param lastError why the last try at sending it failed, until one succeeds
     */
    record DigestResponse(String id, String owner, String email, DigestFrequency frequency, AlertFilter filter,
                          Instant createdAt, Instant nextDigestAt, Instant lastSentAt, String lastError,
                          Instant unsubscribedAt) {

        static DigestResponse of(DigestSubscription s) {
            return new DigestResponse(s.id(), s.owner(), s.email(), s.frequency(), s.filter(), s.createdAt(),
                    s.isActive() ? s.nextDigestAt() : null, s.lastSentAt(), s.lastError(), s.unsubscribedAt());
        }
    }
}
