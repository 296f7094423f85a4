package org.commitmenttracker.gateway.auth;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/me}: who the presented key is (its id, never the key) and its role, so that the dashboard can sign
 * in with a key and show an editor's forms only to editors. The services still enforce every role themselves.
 */
@RestController
class CallerController {

    record Caller(String principal, String role) {
    }

    @GetMapping("/api/me")
    Mono<Caller> me(@AuthenticationPrincipal ApiKey key) {
        return Mono.just(new Caller(key.id(), key.role().id()));
    }
}
