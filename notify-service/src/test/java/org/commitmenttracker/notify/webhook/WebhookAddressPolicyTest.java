package org.commitmenttracker.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookAddressPolicyTest {

    /** IP literals are read without DNS; these names resolve as listed, anything else is unknown. */
    private static final Map<String, String> NAMES = Map.of(
            "hooks.example.org", "93.184.216.34",
            "internal.example.org", "10.20.30.40",
            "metadata.example.org", "169.254.169.254",
            "rebound.example.org", "127.0.0.1");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String literal = NAMES.get(host);
        if (literal != null) {
            return new InetAddress[] {InetAddress.getByName(literal)};
        }
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException(host);
    }

    private final WebhookAddressPolicy policy = new WebhookAddressPolicy(List.of(), WebhookAddressPolicyTest::resolve);

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/hook", "http://127.8.9.10/hook",
            "http://10.0.0.1/hook", "http://10.255.255.255/", "http://172.16.0.1/hook", "http://172.31.255.254/",
            "http://192.168.1.10:8080/hook", "http://169.254.169.254/latest/meta-data", "http://0.0.0.0/",
            "http://224.0.0.1/", "http://[::1]/hook", "http://[::]/", "http://[fe80::1]/hook", "http://[fc00::1]/",
            "http://[fd12:3456::1]/hook", "http://[::ffff:10.0.0.1]/", "http://[::10.0.0.1]/",
            "http://[64:ff9b::7f00:1]/", "https://internal.example.org/hook", "https://metadata.example.org/",
            "http://100.64.0.1/", "http://100.100.100.200/latest/meta-data", "http://[fd00::1]/",
            "https://rebound.example.org/hook"})
    void refusesLoopbackPrivateLinkLocalAnyLocalAndMulticastAddresses(String url) {
        assertThat(policy.problemWith(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.org/commitments", "http://93.184.216.34:8080/hook",
            "http://172.32.0.1/", "http://172.15.255.255/", "http://192.169.0.1/", "https://[2606:4700::1111]/hook",
            "http://100.63.255.255/", "http://100.128.0.1/",
            "HTTPS://hooks.example.org/"})
    void acceptsPublicAddresses(String url) {
        assertThat(policy.problemWith(url)).isEmpty();
    }

    @Test
    void refusesWhatIsNotAnAbsoluteHttpUrlOrCarriesUserInfo() {
        assertThat(policy.problemWith("ftp://hooks.example.org/x")).contains("must be an absolute http or https URL");
        assertThat(policy.problemWith("/relative/hook")).contains("must be an absolute http or https URL");
        assertThat(policy.problemWith("http://exa mple.org/")).contains("must be an absolute http or https URL");
        assertThat(policy.problemWith("mailto:someone@example.org")).contains("must be an absolute http or https URL");
        assertThat(policy.problemWith("https://user:secret@hooks.example.org/")).contains("must not contain user info");
        assertThat(policy.problemWith("https://nowhere.example.org/")).hasValueSatisfying(
                problem -> assertThat(problem).contains("cannot be resolved"));
    }

    @Test
    void atConnectTimeANameIsRefusedWhenItResolvesToAForbiddenAddressUnlessAllowed() throws Exception {
        assertThat(policy.addressesToConnectTo("hooks.example.org")).extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.216.34");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy.addressesToConnectTo("rebound.example.org"))
                .isInstanceOf(UnknownHostException.class).hasMessageContaining("address refused");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy.addressesToConnectTo("169.254.169.254"))
                .isInstanceOf(UnknownHostException.class);

        WebhookAddressPolicy allowing = new WebhookAddressPolicy(List.of("rebound.example.org"),
                WebhookAddressPolicyTest::resolve);
        assertThat(allowing.addressesToConnectTo("Rebound.Example.org")).extracting(InetAddress::getHostAddress)
                .containsExactly("127.0.0.1");
    }

    @Test
    void theAllowListLetsNamedHostsThroughWhateverTheyResolveTo() {
        WebhookAddressPolicy allowing = new WebhookAddressPolicy(List.of("127.0.0.1", "internal.example.org", "::1"),
                WebhookAddressPolicyTest::resolve);

        assertThat(allowing.problemWith("http://127.0.0.1:9000/hook")).isEmpty();
        assertThat(allowing.problemWith("https://Internal.Example.org/hook")).isEmpty();
        assertThat(allowing.problemWith("http://[::1]:9000/hook")).isEmpty();
        assertThat(allowing.problemWith("http://10.0.0.1/hook")).isPresent();
        assertThat(allowing.problemWith("https://metadata.example.org/")).isPresent();
    }
}
