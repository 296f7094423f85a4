package org.commitmenttracker.gateway.health;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.test.StepVerifier;

class DownstreamHealthIndicatorTest {

    @Test
    void isDownWhenTheServiceCannotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DownstreamHealthIndicator indicator = new DownstreamHealthIndicator("ingest", WebClient.create(),
                URI.create("http://127.0.0.1:" + closedPort), Duration.ofSeconds(2));

        StepVerifier.create(indicator.health())
                .expectNextMatches(health -> health.getStatus().equals(Status.DOWN)
                        && "unreachable".equals(health.getDetails().get("reason")))
                .verifyComplete();
    }
}
