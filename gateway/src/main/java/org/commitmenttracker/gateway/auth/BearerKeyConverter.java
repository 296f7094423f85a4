package org.commitmenttracker.gateway.auth;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads the API key from {@code Authorization: Bearer <key>}. No header means an anonymous request; a header that
 * is not one well-formed Bearer credential is a failed authentication (401), never silently anonymous.
 */
final class BearerKeyConverter implements ServerAuthenticationConverter {

    private static final Pattern BEARER = Pattern.compile("^Bearer +([A-Za-z0-9\\-._~+/]+=*) *$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        List<String> values = exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.AUTHORIZATION);
        if (values.isEmpty()) {
            return Mono.empty();
        }
        if (values.size() > 1) {
            return Mono.error(new BadCredentialsException("More than one Authorization header"));
        }
        Matcher bearer = BEARER.matcher(values.get(0));
        if (!bearer.matches()) {
            return Mono.error(new BadCredentialsException("Authorization is not a Bearer credential"));
        }
        return Mono.just(ApiKeyAuthentication.presented(bearer.group(1)));
    }
}
