package org.commitmenttracker.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class BearerKeyConverterTest {

    private final BearerKeyConverter converter = new BearerKeyConverter();

    @Test
    void readsTheKeyFromABearerAuthorizationHeader() {
        StepVerifier.create(convert("Bearer viewer-key-0123456789"))
                .assertNext(authentication -> {
                    assertThat(((ApiKeyAuthentication) authentication).presentedKey()).isEqualTo("viewer-key-0123456789");
                    assertThat(authentication.isAuthenticated()).isFalse();
                })
                .verifyComplete();
    }

    @Test
    void treatsARequestWithoutAuthorizationAsAnonymous() {
        StepVerifier.create(converter.convert(MockServerWebExchange.from(MockServerHttpRequest.get("/api/commitments"))))
                .verifyComplete();
    }

    @Test
    void failsAnAuthorizationHeaderThatIsNotABearerKey() {
        StepVerifier.create(convert("Basic dXNlcjpwYXNzd29yZA==")).verifyError(BadCredentialsException.class);
        StepVerifier.create(convert("Bearer")).verifyError(BadCredentialsException.class);
        StepVerifier.create(convert("Bearer two words")).verifyError(BadCredentialsException.class);
    }

    private Mono<Authentication> convert(String authorization) {
        return converter.convert(MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/commitments").header("Authorization", authorization)));
    }
}
