package org.commitmenttracker.gateway.auth;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

/** Accepts a presented key that equals one of the configured keys, with that key's role. */
final class ApiKeyAuthenticationManager implements ReactiveAuthenticationManager {

    private final ApiKeys apiKeys;

    ApiKeyAuthenticationManager(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (!(authentication instanceof ApiKeyAuthentication presented) || presented.presentedKey() == null) {
            return Mono.empty();
        }
        return Mono.justOrEmpty(apiKeys.find(presented.presentedKey()))
                .<Authentication>map(ApiKeyAuthentication::authenticated)
                .switchIfEmpty(Mono.error(() -> new BadCredentialsException("Unknown API key")));
    }
}
