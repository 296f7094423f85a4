package org.commitmenttracker.gateway;

import org.commitmenttracker.gateway.auth.ApiKeys;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The one public door: API-key authentication, routing to the services, problem details, aggregated health. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }

    /** Already validated when the properties were bound. */
    @Bean
    ApiKeys apiKeys(GatewayProperties properties) {
        return ApiKeys.parse(properties.apiKeys());
    }
}
