package org.commitmenttracker.notify;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The service's clock in integration tests: it stands still until a test moves it. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

    /** Starts at the real time, so that the dates are today's and webhook timestamps plausible. */
    @Bean
    MutableClock testClock() {
        return new MutableClock(Instant.now(), ZoneOffset.UTC);
    }
}
