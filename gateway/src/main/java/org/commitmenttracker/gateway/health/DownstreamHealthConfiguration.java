package org.commitmenttracker.gateway.health;

import org.commitmenttracker.gateway.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One health component per service behind the gateway, named after it ({@code ingest}, {@code commitments},
 * {@code notify}), so that {@code /actuator/health} is DOWN (503) when any of them is.
 */
@Configuration(proxyBeanMethods = false)
class DownstreamHealthConfiguration {

    private final GatewayProperties properties;
    private final WebClient client = WebClient.create();

    DownstreamHealthConfiguration(GatewayProperties properties) {
        this.properties = properties;
    }

    @Bean
    DownstreamHealthIndicator ingestHealthIndicator() {
        return new DownstreamHealthIndicator("ingest", client, properties.services().ingest(),
                properties.downstreamHealthTimeout());
    }

    @Bean
    DownstreamHealthIndicator commitmentsHealthIndicator() {
        return new DownstreamHealthIndicator("commitments", client, properties.services().commitments(),
                properties.downstreamHealthTimeout());
    }

    @Bean
    DownstreamHealthIndicator notifyHealthIndicator() {
        return new DownstreamHealthIndicator("notify", client, properties.services().notifyService(),
                properties.downstreamHealthTimeout());
    }
}
