package org.commitmenttracker.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class NotifyPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class)
            .withPropertyValues("notify.zone=Europe/London", "notify.overdue.scan-interval=PT5S",
                    "notify.overdue.due-soon-lead=P14D", "notify.webhooks.allowed-hosts=",
                    "notify.webhooks.timeout=PT5S", "notify.webhooks.max-attempts=8",
                    "notify.webhooks.initial-backoff=PT2S", "notify.webhooks.max-backoff=PT10M",
                    "notify.webhooks.dispatch-interval=PT1S");

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotifyProperties.class)
    static class PropertiesOnly {
    }

    @Test
    void bindsTheDefaultsWithAnEmptyAllowList() {
        runner.run(context -> {
            NotifyProperties properties = context.getBean(NotifyProperties.class);
            assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/London"));
            assertThat(properties.overdue().scanInterval()).isEqualTo(Duration.ofSeconds(5));
            assertThat(properties.overdue().dueSoonLead()).isEqualTo(java.time.Period.ofDays(14));
            assertThat(properties.webhooks().allowedHosts()).isEmpty();
            assertThat(properties.webhooks().maxAttempts()).isEqualTo(8);
            assertThat(properties.webhooks().maxBackoff()).isEqualTo(Duration.ofMinutes(10));
        });
    }

    @Test
    void readsTheAllowListAsCommaSeparatedHostsWhateverTheirCase() {
        runner.withPropertyValues("notify.webhooks.allowed-hosts=127.0.0.1, Hooks.Internal ,::1").run(context ->
                assertThat(context.getBean(NotifyProperties.class).webhooks().allowedHosts())
                        .containsExactly("127.0.0.1", "hooks.internal", "::1"));
    }

    @Test
    void anUnknownZoneStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("notify.zone=Europe/Londn").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("notify.zone");
        });
    }

    @Test
    void aMalformedDurationStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("notify.webhooks.timeout=soon").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("notify.webhooks.timeout");
        });
    }

    @Test
    void anOutOfRangeValueStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("notify.webhooks.max-attempts=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("notify.webhooks.maxAttempts");
        });
    }

    @Test
    void anAllowedHostWithASchemeStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("notify.webhooks.allowed-hosts=http://127.0.0.1:8080").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("notify.webhooks.allowedHosts");
        });
    }

    @Test
    void aMaximumBackoffBelowTheInitialOneStopsStartUp() {
        runner.withPropertyValues("notify.webhooks.max-backoff=PT1S").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("notify.webhooks.maxBackoffAtLeastInitialBackoff");
        });
    }
}
