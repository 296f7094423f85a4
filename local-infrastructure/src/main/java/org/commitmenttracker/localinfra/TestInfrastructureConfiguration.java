package org.commitmenttracker.localinfra;

import java.util.List;

import com.mongodb.ConnectionString;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Import into a service's integration tests to connect it to {@link TestInfrastructure}: Testcontainers where Docker
 * exists, otherwise the local broker and MongoDB wire server. The service keeps its own database
 * ({@code spring.mongodb.database}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructureConfiguration {

    @Bean
    KafkaConnectionDetails kafkaConnectionDetails() {
        String bootstrap = TestInfrastructure.endpoints().kafkaBootstrapServers();
        return () -> List.of(bootstrap);
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(Environment environment) {
        String database = environment.getRequiredProperty("spring.mongodb.database");
        ConnectionString uri = new ConnectionString(TestInfrastructure.endpoints().mongoUri(database));
        return () -> uri;
    }
}
