package org.commitmenttracker.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.unit.DataSize;

/**
 * Binding from the real application.yml, so that the environment variables it names are what is tested. The
 * machine's own environment is left out: a TRACKER_API_KEYS or INGEST_URL exported in the shell must not change
 * the outcome.
 */
class GatewayPropertiesTest {

    private static final String KEYS = "viewer-key-0123456789:viewer,admin-key-0123456789ab:admin";

    private final ApplicationContextRunner runner = new ApplicationContextRunner(() -> {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources()
                .remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        return context;
    })
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void bindsTrackerApiKeysAndDefaults() {
        runner.withPropertyValues("TRACKER_API_KEYS=" + KEYS).run(context -> {
            assertThat(context).hasNotFailed();
            GatewayProperties properties = context.getBean(GatewayProperties.class);
            assertThat(properties.apiKeys()).isEqualTo(KEYS);
            assertThat(properties.services().ingest()).isEqualTo(URI.create("http://localhost:8081"));
            assertThat(properties.services().commitments()).isEqualTo(URI.create("http://localhost:8082"));
            assertThat(properties.services().notifyService()).isEqualTo(URI.create("http://localhost:8083"));
            assertThat(properties.maxRequestSize()).isEqualTo(DataSize.ofMegabytes(5));
            assertThat(properties.downstreamHealthTimeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(properties.toString()).doesNotContain("viewer-key-0123456789");
        });
    }

    @Test
    void takesServiceUrlsFromTheEnvironment() {
        runner.withPropertyValues("TRACKER_API_KEYS=" + KEYS, "INGEST_URL=http://ingest:9001",
                "COMMITMENTS_URL=http://commitments:9002", "NOTIFY_URL=https://notify:9003").run(context -> {
            GatewayProperties properties = context.getBean(GatewayProperties.class);
            assertThat(properties.services().ingest()).isEqualTo(URI.create("http://ingest:9001"));
            assertThat(properties.services().commitments()).isEqualTo(URI.create("http://commitments:9002"));
            assertThat(properties.services().notifyService()).isEqualTo(URI.create("https://notify:9003"));
        });
    }

    @Test
    void failsWithoutTrackerApiKeysNamingIt() {
        runner.run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("TRACKER_API_KEYS is not set"));
    }

    @Test
    void failsOnAnUnknownRoleNamingTheSettingTheEntryAndTheRoleButNotTheKey() {
        runner.withPropertyValues("TRACKER_API_KEYS=" + KEYS + ",editor-key-0123456789:boss").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("TRACKER_API_KEYS entry 3 has unknown role 'boss'")
                    .hasMessageNotContaining("editor-key-0123456789");
        });
    }

    @Test
    void failsOnAMalformedServiceUrlNamingIt() {
        runner.withPropertyValues("TRACKER_API_KEYS=" + KEYS, "NOTIFY_URL=localhost:8083").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("NOTIFY_URL must be an absolute http or https URL"));
    }

    @Test
    void failsOnAnEmptyServiceUrlNamingIt() {
        runner.withPropertyValues("TRACKER_API_KEYS=" + KEYS, "INGEST_URL=").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("INGEST_URL"));
    }

    @Test
    void failsOnANonPositiveRequestSizeLimit() {
        runner.withPropertyValues("TRACKER_API_KEYS=" + KEYS, "gateway.max-request-size=0").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("gateway.max-request-size must be a positive size"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GatewayProperties.class)
    static class PropertiesOnly {
    }
}
