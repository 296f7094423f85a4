package org.commitmenttracker.support.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The service's OpenAPI document (springdoc, at {@code /v3/api-docs}) as readers see it through the gateway: the
 * gateway's own origin as the server, so that "try it out" goes through the gateway, and the Bearer API key.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI trackerOpenApi(@Value("${spring.application.name}") String name) {
        return new OpenAPI()
                .info(new Info().title("Commitment tracker: " + name).version("v1")
                        .description("Through the gateway, with Authorization: Bearer <API key>. Errors are RFC 9457 "
                                + "problem details."))
                .servers(List.of(new Server().url("/").description("the gateway")))
                .schemaRequirement("apiKey", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                .security(List.of(new SecurityRequirement().addList("apiKey")));
    }
}
