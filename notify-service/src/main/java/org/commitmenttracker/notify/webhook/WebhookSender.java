package org.commitmenttracker.notify.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Posts one webhook call with Apache HttpClient. The addresses connected to are the ones the {@link WebhookAddressPolicy}
 * passed, resolved at connect time by the client's {@link DnsResolver} (so a DNS answer that changes after the policy's
 * own look cannot slip a private address in). Redirects are not followed, nor retried automatically; no proxy, no
 * cookies. {@code timeout} bounds connecting, and again each wait for the answer.
 */
class WebhookSender implements AutoCloseable {

    static final String USER_AGENT = "commitment-tracker-notify";
    static final int EXCERPT_CHARS = 500;

    /** The receiver's status code and the start of its answer, or why there was none. */
    record Answer(Integer statusCode, String error, String excerpt) {
    }

    private final CloseableHttpClient http;

    WebhookSender(Duration timeout, WebhookAddressPolicy policy) {
        Timeout limit = Timeout.of(timeout);
        DnsResolver checked = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return policy.addressesToConnectTo(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
            }
        };
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(checked)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(limit).setSocketTimeout(limit).build())
                        .setMaxConnTotal(50).setMaxConnPerRoute(5)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(limit).setResponseTimeout(limit).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent(USER_AGENT)
                .build();
    }

    Answer post(URI url, Map<String, String> headers, String body) {
        HttpPost post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        try {
            return http.execute(post, response -> new Answer(response.getCode(), null, excerpt(response.getEntity())));
        } catch (IOException e) {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            return new Answer(null, truncate(e.getClass().getSimpleName() + message, 300), null);
        }
    }

    private static String excerpt(HttpEntity entity) throws IOException {
        if (entity == null) {
            return null;
        }
        try (InputStream in = entity.getContent(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            char[] buffer = new char[EXCERPT_CHARS];
            int read = 0;
            for (int n; read < buffer.length && (n = reader.read(buffer, read, buffer.length - read)) > 0; ) {
                read += n;
            }
            return read == 0 ? null : new String(buffer, 0, read);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
