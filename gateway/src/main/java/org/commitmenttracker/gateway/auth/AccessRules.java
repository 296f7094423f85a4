package org.commitmenttracker.gateway.auth;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * Who may do what, first match wins:
 * <ol>
 * <li>{@code /actuator/health/**} and the dashboard's static files (its sign-in page; they hold no data, every
 * figure comes from the API with the key): anyone;</li>
 * <li>GET and POST on {@code /api/digests/unsubscribe/*}, the one-click link in every e-mail digest (the secret token
 * in the path is its only key, and the answer says nothing but whether it worked): anyone;</li>
 * <li>anything on {@code /api/webhooks/**}, {@code /api/ingest/**} and {@code /api/commitments/reextract/**} (reading
 * every answer again): admin;</li>
 * <li>GET and HEAD on {@code /api/**}: viewer;</li>
 * <li>POST, PUT, PATCH and DELETE on {@code /api/answers/**}, {@code /api/commitments/**},
 * {@code /api/imports/**}: editor;</li>
 * <li>POST, PATCH and DELETE on {@code /api/digests/**}: viewer (staff manage their own digests; notify-service
 * keeps each to its owner, the principal this gateway names);</li>
 * <li>anything else: admin.</li>
 * </ol>
 * Each role includes the ones below it (see {@link Role}).
 */
final class AccessRules {

    static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**"};
    static final String[] DASHBOARD = {"/", "/index.html", "/app/**", "/favicon.svg", "/api-docs.html",
        "/webjars/swagger-ui/**"};
    static final String[] ADMIN_ONLY = {"/api/webhooks", "/api/webhooks/**", "/api/ingest", "/api/ingest/**",
        "/api/commitments/reextract", "/api/commitments/reextract/**"};
    static final String[] UNSUBSCRIBE = {"/api/digests/unsubscribe/*"};
    static final String[] OWN_DIGESTS = {"/api/digests", "/api/digests/**"};
    static final String[] READABLE = {"/api/**"};
    static final String[] EDITABLE = {"/api/answers", "/api/answers/**", "/api/commitments", "/api/commitments/**",
            "/api/imports", "/api/imports/**"};
    private static final List<HttpMethod> READS = List.of(GET, HEAD);
    private static final List<HttpMethod> WRITES = List.of(POST, PUT, PATCH, DELETE);

    private AccessRules() {
    }

    static void apply(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers(PUBLIC).permitAll();
        exchanges.pathMatchers(GET, DASHBOARD).permitAll();
        exchanges.pathMatchers(HEAD, DASHBOARD).permitAll();
        exchanges.pathMatchers(GET, UNSUBSCRIBE).permitAll();
        exchanges.pathMatchers(POST, UNSUBSCRIBE).permitAll();
        exchanges.pathMatchers(ADMIN_ONLY).hasRole(Role.ADMIN.name());
        READS.forEach(method -> exchanges.pathMatchers(method, READABLE).hasRole(Role.VIEWER.name()));
        WRITES.forEach(method -> exchanges.pathMatchers(method, EDITABLE).hasRole(Role.EDITOR.name()));
        WRITES.forEach(method -> exchanges.pathMatchers(method, OWN_DIGESTS).hasRole(Role.VIEWER.name()));
        exchanges.anyExchange().hasRole(Role.ADMIN.name());
    }
}
