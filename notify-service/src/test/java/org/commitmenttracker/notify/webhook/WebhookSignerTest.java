package org.commitmenttracker.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.standardwebhooks.Webhook;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    private final WebhookSigner signer = new WebhookSigner(new SecureRandom());

    @Test
    void signsTheStandardWebhooksSpecificationExample() {
        Map<String, String> headers = signer.headers("msg_p5jXN8AQM9LWM0D4loKWxJek", Instant.ofEpochSecond(1614265330),
                "{\"test\": 2432232314}", List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));

        assertThat(headers).containsExactly(
                Map.entry("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"),
                Map.entry("webhook-timestamp", "1614265330"),
                Map.entry("webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }

    @Test
    void signsTheUtf8BytesOfIdTimestampAndBodyWithTheDecodedSecret() throws Exception {
        String secret = signer.newSecret();
        String body = "{\"department\": \"Swyddfa Cymru — Wales Office\", \"amount\": \"£5m\"}";
        Map<String, String> headers = signer.headers("4b1c0d2e", Instant.parse("2026-03-10T12:00:00.900Z"), body,
                List.of(secret));

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal(("4b1c0d2e.1773144000." + body).getBytes(StandardCharsets.UTF_8)));
        assertThat(headers.get("webhook-timestamp")).isEqualTo("1773144000");
        assertThat(headers.get("webhook-signature")).isEqualTo(expected);
    }

    @Test
    void aReceiverVerifiesTheSignatureWithTheLibraryAndRefusesATamperedBody() {
        String secret = signer.newSecret();
        String body = "{\"commitmentId\": \"cmt-1\"}";
        Map<String, List<String>> headers = multi(signer.headers("msg-1", Instant.now(), body, List.of(secret)));

        Webhook receiver = new Webhook(secret);
        org.assertj.core.api.Assertions.assertThatCode(() -> receiver.verify(body, headers)).doesNotThrowAnyException();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> receiver.verify(body.replace('1', '2'), headers))
                .hasMessageContaining("No matching signature");
    }

    @Test
    void duringARotationBothSecretsVerifyAndAThirdDoesNot() {
        String current = signer.newSecret();
        String previous = signer.newSecret();
        String body = "{\"commitmentId\": \"cmt-2\"}";
        Map<String, String> signed = signer.headers("msg-2", Instant.now(), body, List.of(current, previous));

        assertThat(signed.get("webhook-signature").split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        Map<String, List<String>> headers = multi(signed);
        org.assertj.core.api.Assertions.assertThatCode(() -> new Webhook(current).verify(body, headers))
                .doesNotThrowAnyException();
        org.assertj.core.api.Assertions.assertThatCode(() -> new Webhook(previous).verify(body, headers))
                .doesNotThrowAnyException();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Webhook(signer.newSecret()).verify(body, headers))
                .hasMessageContaining("No matching signature");
    }

    private static Map<String, List<String>> multi(Map<String, String> headers) {
        return headers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    }

    @Test
    void newSecretsAreWhsecAndTwentyFourRandomBytes() {
        String first = signer.newSecret();
        String second = signer.newSecret();

        assertThat(first).startsWith("whsec_").isNotEqualTo(second);
        assertThat(Base64.getDecoder().decode(first.substring(6))).hasSize(24);
    }
}
