package org.commitmenttracker.notify.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Posts one webhook call with the JDK's HTTP client. Redirects are not followed (a redirect could lead to an address
 * the policy refuses); {@code timeout} bounds connecting and, again, waiting for the answer.
 */
class WebhookSender {

    static final String USER_AGENT = "commitment-tracker-notify";

    /** The receiver's status code, or why there was none. */
    record Answer(Integer statusCode, String error) {
    }

    private final RestClient http;

    WebhookSender(Duration timeout) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    Answer post(URI url, Map<String, String> headers, String body) {
        try {
            int status = http.post().uri(url)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("user-agent", USER_AGENT)
                    .headers(h -> headers.forEach(h::set))
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .exchange((request, response) -> response.getStatusCode().value(), true);
            return new Answer(status, null);
        } catch (RestClientException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
            return new Answer(null, truncate(cause.getClass().getSimpleName() + message));
        }
    }

    private static String truncate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
