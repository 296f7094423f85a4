package org.commitmenttracker.ingest.parliament;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import org.commitmenttracker.ingest.IngestProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The API client on the JDK's HttpClient, the backfills' work and, where enabled, the poller. */
@Configuration(proxyBeanMethods = false)
class ParliamentConfiguration {

    @Bean
    ParliamentApiClient parliamentApiClient(IngestProperties properties, JsonMapper json, Clock clock) {
        return ParliamentApiClient.create(properties.parliament(), json, clock, Sleeper.THREAD,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    @Bean
    BackfillWork backfillWork(ParliamentDayIngest days, IngestProperties properties) {
        return new BackfillWork(days::ingest, properties.parliament().backfillWindowDays());
    }

    @Bean
    @ConditionalOnBooleanProperty("ingest.parliament.polling-enabled")
    ParliamentPoller parliamentPoller(ParliamentDayIngest days, CheckpointStore checkpoints, IngestProperties properties,
                                      Clock clock) {
        IngestProperties.Parliament settings = properties.parliament();
        return new ParliamentPoller(days::ingest, checkpoints, clock, settings.pollInterval(), settings.pollFrom());
    }
}
