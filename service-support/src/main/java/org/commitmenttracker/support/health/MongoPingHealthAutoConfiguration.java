package org.commitmenttracker.support.health;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * MongoDB health by the {@code ping} command, which real MongoDB and the local wire-compatible stand-in both answer.
 * Boot's own indicator sends {@code hello}, which the stand-in refuses, so every service would report DOWN locally.
 * Named {@code mongoHealthIndicator} so that Boot's indicator stands back.
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
@ConditionalOnClass({MongoClient.class, HealthIndicator.class})
public class MongoPingHealthAutoConfiguration {

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    HealthIndicator mongoHealthIndicator(MongoClient client) {
        return () -> {
            Document reply = client.getDatabase("admin").runCommand(new Document("ping", 1));
            return (reply.get("ok") instanceof Number ok && ok.doubleValue() == 1.0 ? Health.up() : Health.down()).build();
        };
    }
}
