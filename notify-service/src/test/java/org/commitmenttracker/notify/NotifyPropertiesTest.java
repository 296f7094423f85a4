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
            .withPropertyValues("notify.zone=Europe/London", "notify.consumer-group=notify-service",
                    "notify.overdue.scan-interval=PT5S", "notify.overdue.due-soon-lead=P14D", "notify.overdue.lease=PT30S",
                    "notify.webhooks.allowed-hosts=", "notify.webhooks.timeout=PT5S", "notify.webhooks.retry-window=P3D",
                    "notify.webhooks.initial-backoff=PT5S", "notify.webhooks.max-backoff=PT6H",
                    "notify.webhooks.dispatch-interval=PT1S", "notify.webhooks.secret-rotation-grace=PT24H",
                    "notify.digests.public-url=http://localhost:8080", "notify.digests.from=digests@example.org",
                    "notify.digests.send-at=07:00", "notify.digests.check-interval=PT1M", "notify.digests.max-alerts=200");

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
            assertThat(properties.webhooks().retryWindow()).isEqualTo(Duration.ofDays(3));
            assertThat(properties.webhooks().maxBackoff()).isEqualTo(Duration.ofHours(6));
            assertThat(properties.webhooks().secretRotationGrace()).isEqualTo(Duration.ofHours(24));
            assertThat(properties.overdue().lease()).isEqualTo(Duration.ofSeconds(30));
            assertThat(properties.digests().sendAt()).isEqualTo(java.time.LocalTime.of(7, 0));
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
        runner.withPropertyValues("notify.webhooks.retry-window=P30D").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("notify.webhooks.retryWindow");
        });
    }

    @Test
    void aLeaseShorterThanTwoScansStopsStartUp() {
        runner.withPropertyValues("notify.overdue.lease=PT6S").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("notify.overdue.leaseLongerThanTheScans");
        });
    }

    @Test
    void aDigestSenderThatIsNoAddressStopsStartUp() {
        runner.withPropertyValues("notify.digests.from=nobody").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("notify.digests.from");
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
