package org.commitmenttracker.ingest.jobs;

import java.time.Clock;
import java.util.List;

import org.commitmenttracker.ingest.IngestProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one runner of every kind of job the service has work for. */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    @Bean
    JobRunner jobRunner(JobStore store, List<JobWork> works, IngestProperties properties, Clock clock) {
        return new JobRunner(store, works, properties.jobs().maxStoredErrors(), clock);
    }
}
