package org.commitmenttracker.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class IdentityHeadersFilterTest {

    @Test
    void dropsEveryInboundTrackerHeaderWhateverItsCaseAndSetsTheGatewaysOwn() {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Tracker-Role", "admin");
        headers.add("x-tracker-principal", "evil");
        headers.add("X-TRACKER-TENANT", "other");
        headers.add("Authorization", "Bearer viewer-key-0123456789");
        headers.add("Accept", "application/json");

        IdentityHeadersFilter.rewrite(headers, Optional.of(new ApiKey("0123456789ab", Role.VIEWER)));

        assertThat(headers.get("X-Tracker-Role")).containsExactly("viewer");
        assertThat(headers.get("X-Tracker-Principal")).containsExactly("0123456789ab");
        assertThat(headers.containsHeader("X-Tracker-Tenant")).isFalse();
        assertThat(headers.containsHeader("Authorization")).isFalse();
        assertThat(headers.get("Accept")).containsExactly("application/json");
    }

    @Test
    void setsNoIdentityForAnAnonymousRequest() {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Tracker-Role", "admin");

        IdentityHeadersFilter.rewrite(headers, Optional.empty());

        assertThat(headers.headerNames()).isEmpty();
    }
}
