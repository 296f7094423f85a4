package org.commitmenttracker.gateway.auth;

import org.commitmenttracker.gateway.problem.ProblemKind;
import org.commitmenttracker.gateway.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 as a problem detail, with {@code WWW-Authenticate: Bearer}, for a missing or an unknown key. */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        if (failure instanceof BadCredentialsException) {
            return problems.write(exchange, ProblemKind.UNAUTHORIZED,
                    "The API key in the Authorization header is not valid.",
                    headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""));
        }
        return problems.write(exchange, ProblemKind.UNAUTHORIZED,
                "This request needs an API key, sent as 'Authorization: Bearer <key>'.",
                headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }
}
