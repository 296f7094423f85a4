package org.commitmenttracker.gateway.auth;

import java.util.List;
import java.util.Optional;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What the services learn about the caller, on every proxied request: every inbound {@code X-Tracker-*} header is
 * dropped (whatever its case), so that only the gateway speaks for the caller; {@code X-Tracker-Principal} (the key
 * id, never the key) and {@code X-Tracker-Role} are set from the authenticated key; {@code Authorization} is removed,
 * so the key itself never leaves the gateway.
 */
@Component
class IdentityHeadersFilter implements GlobalFilter, Ordered {

    static final String PREFIX = "X-Tracker-";
    static final String PRINCIPAL = PREFIX + "Principal";
    static final String ROLE = PREFIX + "Role";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .ofType(ApiKeyAuthentication.class)
                .mapNotNull(ApiKeyAuthentication::key)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(key -> chain.filter(exchange.mutate()
                        .request(request -> request.headers(headers -> rewrite(headers, key)))
                        .build()));
    }

    static void rewrite(HttpHeaders headers, Optional<ApiKey> caller) {
        List<String> inbound = headers.headerNames().stream()
                .filter(name -> name.regionMatches(true, 0, PREFIX, 0, PREFIX.length()))
                .toList();
        inbound.forEach(headers::remove);
        headers.remove(HttpHeaders.AUTHORIZATION);
        caller.ifPresent(key -> {
            headers.set(PRINCIPAL, key.id());
            headers.set(ROLE, key.role().id());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
