package org.commitmenttracker.gateway.auth;

import org.commitmenttracker.gateway.problem.ProblemKind;
import org.commitmenttracker.gateway.problem.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Stateless API-key security: a Bearer key on every request that needs one, no sessions, no CSRF (nothing rides on
 * a cookie), no form or basic login, no generated password. The key's role decides access ({@link AccessRules}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    /**
     * The dashboard runs only its own scripts and styles, talks only to this origin, and cannot be framed: text
     * from answers can never run as script even if it slipped past the escaping.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; "
            + "object-src 'none'";

    /** Also stops Spring Boot from creating a default user with a generated password. */
    @Bean
    ApiKeyAuthenticationManager apiKeyAuthenticationManager(ApiKeys apiKeys) {
        return new ApiKeyAuthenticationManager(apiKeys);
    }

    @Bean
    SecurityWebFilterChain apiKeySecurity(ServerHttpSecurity http, ApiKeyAuthenticationManager authenticationManager,
                                          ProblemResponses problems) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        AuthenticationWebFilter bearerKeys = new AuthenticationWebFilter(authenticationManager);
        bearerKeys.setServerAuthenticationConverter(new BearerKeyConverter());
        bearerKeys.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(entryPoint));
        bearerKeys.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .addFilterAt(bearerKeys, SecurityWebFiltersOrder.AUTHENTICATION)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
                .authorizeExchange(AccessRules::apply)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter
                                        .ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** Requests the firewall refuses (path traversal, encoded slashes, odd headers) get a problem detail too. */
    @Bean
    ServerExchangeRejectedHandler problemExchangeRejectedHandler(ProblemResponses problems) {
        return (exchange, rejected) -> problems.write(exchange, ProblemKind.REJECTED_REQUEST,
                "The request's path or headers are not allowed.");
    }
}
