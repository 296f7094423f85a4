package org.commitmenttracker.notify.webhook;

import java.net.InetAddress;
import java.security.SecureRandom;

import org.commitmenttracker.notify.NotifyProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    WebhookAddressPolicy webhookAddressPolicy(NotifyProperties properties) {
        return new WebhookAddressPolicy(properties.webhooks().allowedHosts(), InetAddress::getAllByName);
    }

    @Bean
    WebhookSigner webhookSigner() {
        return new WebhookSigner(new SecureRandom());
    }

    @Bean
    Backoff webhookBackoff(NotifyProperties properties) {
        return new Backoff(properties.webhooks().initialBackoff(), properties.webhooks().maxBackoff());
    }

    @Bean
    WebhookSender webhookSender(NotifyProperties properties, WebhookAddressPolicy policy) {
        return new WebhookSender(properties.webhooks().timeout(), policy);
    }
}
