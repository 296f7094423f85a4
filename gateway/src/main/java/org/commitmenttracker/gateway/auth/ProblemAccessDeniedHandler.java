package org.commitmenttracker.gateway.auth;

import org.commitmenttracker.gateway.problem.ProblemKind;
import org.commitmenttracker.gateway.problem.ProblemResponses;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 as a problem detail, naming the caller's role (never its key). */
final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemResponses problems;

    ProblemAccessDeniedHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return exchange.getPrincipal()
                .ofType(ApiKeyAuthentication.class)
                .mapNotNull(ApiKeyAuthentication::key)
                .map(key -> "The " + key.role().id() + " role does not allow this request.")
                .defaultIfEmpty("Your role does not allow this request.")
                .flatMap(detail -> problems.write(exchange, ProblemKind.FORBIDDEN, detail));
    }
}
