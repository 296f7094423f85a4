package org.commitmenttracker.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private static final String VIEWER_KEY = "viewer-key-0123456789";
    private static final String EDITOR_KEY = "editor-key-0123456789";
    private static final String ADMIN_KEY = "admin-key-0123456789ab";

    @Test
    void parsesKeyRolePairsSeparatedByCommas() {
        ApiKeys keys = ApiKeys.parse(VIEWER_KEY + ":viewer, " + EDITOR_KEY + ":editor," + ADMIN_KEY + ":admin");

        assertThat(keys.keys()).extracting(ApiKey::role).containsExactly(Role.VIEWER, Role.EDITOR, Role.ADMIN);
        assertThat(keys.find(EDITOR_KEY)).map(ApiKey::role).contains(Role.EDITOR);
        assertThat(keys.find(ADMIN_KEY)).map(ApiKey::role).contains(Role.ADMIN);
    }

    @Test
    void findsNothingForAnUnknownKeyOrAPrefixOfAKnownOne() {
        ApiKeys keys = ApiKeys.parse(VIEWER_KEY + ":viewer");

        assertThat(keys.find("someone-elses-key-0123")).isEmpty();
        assertThat(keys.find(VIEWER_KEY.substring(0, 10))).isEmpty();
        assertThat(keys.find(VIEWER_KEY + "x")).isEmpty();
        assertThat(keys.find("")).isEmpty();
    }

    @Test
    void knowsAKeyByTheFirst12HexCharactersOfItsSha256() throws Exception {
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(VIEWER_KEY.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 12);

        ApiKeys keys = ApiKeys.parse(VIEWER_KEY + ":viewer");

        assertThat(keys.find(VIEWER_KEY)).map(ApiKey::id).contains(expected);
        assertThat(ApiKeys.keyId(VIEWER_KEY)).isEqualTo(expected);
        assertThat(keys.toString()).doesNotContain(VIEWER_KEY).contains(expected);
    }

    @Test
    void refusesAMissingSettingNamingIt() {
        assertThatThrownBy(() -> ApiKeys.parse(null))
                .isInstanceOf(InvalidApiKeysException.class)
                .hasMessageStartingWith("TRACKER_API_KEYS is not set");
        assertThatThrownBy(() -> ApiKeys.parse("  "))
                .hasMessageStartingWith("TRACKER_API_KEYS is not set");
    }

    @Test
    void refusesAnEntryWithoutARole() {
        assertThatThrownBy(() -> ApiKeys.parse(VIEWER_KEY + ":viewer," + EDITOR_KEY))
                .hasMessage("TRACKER_API_KEYS entry 2 is not of the form key:role")
                .hasMessageNotContaining(EDITOR_KEY);
    }

    @Test
    void refusesAnEntryWithoutAKey() {
        assertThatThrownBy(() -> ApiKeys.parse(":admin"))
                .hasMessage("TRACKER_API_KEYS entry 1 is not of the form key:role");
    }

    @Test
    void refusesAnEmptyEntry() {
        assertThatThrownBy(() -> ApiKeys.parse(VIEWER_KEY + ":viewer,"))
                .hasMessage("TRACKER_API_KEYS entry 2 is empty");
    }

    @Test
    void refusesAnUnknownRoleNamingTheEntryAndTheRole() {
        assertThatThrownBy(() -> ApiKeys.parse(VIEWER_KEY + ":viewer," + EDITOR_KEY + ":editor," + ADMIN_KEY + ":boss"))
                .hasMessage("TRACKER_API_KEYS entry 3 has unknown role 'boss' (expected viewer, editor or admin)");
    }

    @Test
    void rolesAreLowerCaseNames() {
        assertThatThrownBy(() -> ApiKeys.parse(ADMIN_KEY + ":Admin"))
                .hasMessageContaining("entry 1 has unknown role 'Admin'");
    }

    @Test
    void neverEchoesAnUnknownRoleThatCouldBeAKey() {
        assertThatThrownBy(() -> ApiKeys.parse("viewer:" + ADMIN_KEY))
                .hasMessage("TRACKER_API_KEYS entry 1 has an unknown role (expected viewer, editor or admin)")
                .hasMessageNotContaining(ADMIN_KEY);
    }

    @Test
    void refusesAKeyShorterThan16CharactersSayingSo() {
        assertThatThrownBy(() -> ApiKeys.parse("fifteen-chars-k:admin"))
                .hasMessage("TRACKER_API_KEYS entry 1 has a key shorter than 16 characters")
                .hasMessageNotContaining("fifteen-chars-k");
        assertThat(ApiKeys.parse("sixteen-chars-ky:admin").keys()).hasSize(1);
    }

    @Test
    void refusesAKeyThatCannotBeSentAsABearerToken() {
        assertThatThrownBy(() -> ApiKeys.parse("a key with spaces in it:admin"))
                .hasMessageStartingWith("TRACKER_API_KEYS entry 1 has a key with characters a Bearer token cannot hold")
                .hasMessageNotContaining("a key with spaces");
    }

    @Test
    void refusesADuplicateKeyNamingBothEntries() {
        assertThatThrownBy(() -> ApiKeys.parse(VIEWER_KEY + ":viewer," + ADMIN_KEY + ":admin," + VIEWER_KEY + ":admin"))
                .hasMessage("TRACKER_API_KEYS entry 3 repeats the key of entry 1")
                .hasMessageNotContaining(VIEWER_KEY);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> ApiKeys.parse("short:admin," + EDITOR_KEY + ":boss,,nocolon"))
                .isInstanceOf(InvalidApiKeysException.class)
                .extracting(failure -> ((InvalidApiKeysException) failure).problems(), list(String.class))
                .containsExactly(
                        "TRACKER_API_KEYS entry 1 has a key shorter than 16 characters",
                        "TRACKER_API_KEYS entry 2 has unknown role 'boss' (expected viewer, editor or admin)",
                        "TRACKER_API_KEYS entry 3 is empty",
                        "TRACKER_API_KEYS entry 4 is not of the form key:role");
    }
}
