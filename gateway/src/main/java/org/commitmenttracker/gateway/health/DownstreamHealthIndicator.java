package org.commitmenttracker.gateway.health;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * One service's health as the gateway sees it: UP only when the service's own {@code /actuator/health} answers
 * {@code UP} within the timeout; DOWN when it answers anything else, does not answer in time or cannot be reached.
 */
class DownstreamHealthIndicator implements ReactiveHealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DownstreamHealthIndicator.class);

    private final String service;
    private final WebClient client;
    private final URI healthUri;
    private final Duration timeout;

    DownstreamHealthIndicator(String service, WebClient client, URI baseUri, Duration timeout) {
        this.service = service;
        this.client = client;
        this.healthUri = UriComponentsBuilder.fromUri(baseUri).path("/actuator/health").build().toUri();
        this.timeout = timeout;
    }

    @Override
    public Mono<Health> health() {
        return client.get()
                .uri(healthUri)
                .accept(MediaType.APPLICATION_JSON, MediaType.valueOf("application/vnd.spring-boot.actuator.v3+json"))
                .exchangeToMono(response -> response.bodyToMono(HealthResponse.class)
                        .map(HealthResponse::status)
                        .defaultIfEmpty("")
                        .map(status -> Status.UP.getCode().equals(status)
                                ? Health.up().build()
                                : Health.down().withDetail("reported", status.isEmpty() ? "no status" : status).build()))
                .timeout(timeout)
                .onErrorResume(failure -> Mono.just(unreachable(failure)));
    }

    private Health unreachable(Throwable failure) {
        String reason = failure instanceof TimeoutException ? "no answer within " + timeout : "unreachable";
        log.debug("Health of {} at {}: {} ({})", service, healthUri, reason, failure.toString());
        return Health.down().withDetail("reason", reason).build();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HealthResponse(String status) {
    }
}
