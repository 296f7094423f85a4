package org.commitmenttracker.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.commitmenttracker.gateway.auth.ApiKeys;
import org.commitmenttracker.gateway.auth.InvalidApiKeysException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The gateway's settings. A missing or malformed one stops start-up with a message that names it; the messages
 * never contain a key.
 *
 * @param apiKeys                 {@code TRACKER_API_KEYS}: comma-separated {@code key:role} pairs, roles
 *                                {@code viewer}, {@code editor}, {@code admin}; keys of 16 characters or more. No
 *                                default. See {@link ApiKeys}.
 * @param services                where the services behind the gateway are
 * @param maxRequestSize          the largest request body accepted; larger ones get 413
 * @param maxImportSize           the same for bulk imports ({@code /api/imports}), which ingest-service streams to disk
 * @param downstreamHealthTimeout how long the health check waits for each service's own health
 */
@ConfigurationProperties("gateway")
public record GatewayProperties(
        String apiKeys,
        @DefaultValue Services services,
        @DefaultValue("5MB") DataSize maxRequestSize,
        @DefaultValue("512MB") DataSize maxImportSize,
        @DefaultValue("2s") Duration downstreamHealthTimeout) implements Validator {

    /**
     * Base URLs of the services (the routes in {@code application.yml} read them too).
     *
     * @param ingest        {@code INGEST_URL}, default {@code http://localhost:8081}
     * @param commitments   {@code COMMITMENTS_URL}, default {@code http://localhost:8082}
     * @param notifyService {@code NOTIFY_URL}, default {@code http://localhost:8083}; property
     *                      {@code gateway.services.notify} ({@code notify()} cannot be a Java method name)
     */
    public record Services(URI ingest, URI commitments, @Name("notify") URI notifyService) {
    }

    @Override
    public boolean supports(Class<?> type) {
        return GatewayProperties.class.isAssignableFrom(type);
    }

    /**
     * Checked by Spring Boot when the properties are bound. Problems are reported as global errors so that the
     * start-up failure shows the message alone, never the rejected value (which could be a key).
     */
    @Override
    public void validate(Object target, Errors errors) {
        GatewayProperties properties = (GatewayProperties) target;
        try {
            ApiKeys.parse(properties.apiKeys());
        }
        catch (InvalidApiKeysException invalid) {
            invalid.problems().forEach(problem -> errors.reject("invalidApiKeys", problem));
        }
        Services services = properties.services();
        checkUrl(errors, "INGEST_URL", services == null ? null : services.ingest());
        checkUrl(errors, "COMMITMENTS_URL", services == null ? null : services.commitments());
        checkUrl(errors, "NOTIFY_URL", services == null ? null : services.notifyService());
        if (properties.maxImportSize() == null || properties.maxImportSize().toBytes() <= 0) {
            errors.rejectValue("maxImportSize", "positive", "gateway.max-import-size must be a positive size such as 512MB");
        }
        if (properties.maxRequestSize() == null || properties.maxRequestSize().toBytes() <= 0) {
            errors.reject("invalidSize", "gateway.max-request-size must be a positive size, such as 5MB");
        }
        if (properties.downstreamHealthTimeout() == null || properties.downstreamHealthTimeout().isNegative()
                || properties.downstreamHealthTimeout().isZero()) {
            errors.reject("invalidTimeout", "gateway.downstream-health-timeout must be a positive duration, such as 2s");
        }
    }

    private static void checkUrl(Errors errors, String setting, URI url) {
        if (url == null || url.toString().isBlank()) {
            errors.reject("missingUrl", setting + " is not set");
            return;
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            errors.reject("invalidUrl", setting + " must be an absolute http or https URL, such as http://localhost:8081");
        }
    }

    /** Never shows the keys. */
    @Override
    public String toString() {
        return "GatewayProperties[apiKeys=(hidden), services=" + services + ", maxRequestSize=" + maxRequestSize
                + ", maxImportSize=" + maxImportSize + ", downstreamHealthTimeout=" + downstreamHealthTimeout + "]";
    }
}
