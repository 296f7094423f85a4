package org.commitmenttracker.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void adminIncludesEditorAndViewer() {
        assertThat(Role.ADMIN.includes(Role.EDITOR)).isTrue();
        assertThat(Role.ADMIN.includes(Role.VIEWER)).isTrue();
        assertThat(Role.ADMIN.includedRoles()).containsExactly(Role.VIEWER, Role.EDITOR, Role.ADMIN);
    }

    @Test
    void editorIncludesViewerButNotAdmin() {
        assertThat(Role.EDITOR.includes(Role.VIEWER)).isTrue();
        assertThat(Role.EDITOR.includes(Role.ADMIN)).isFalse();
        assertThat(Role.EDITOR.includedRoles()).containsExactly(Role.VIEWER, Role.EDITOR);
    }

    @Test
    void viewerIncludesOnlyItself() {
        assertThat(Role.VIEWER.includes(Role.EDITOR)).isFalse();
        assertThat(Role.VIEWER.includedRoles()).containsExactly(Role.VIEWER);
    }

    @Test
    void anAuthenticatedKeyCarriesItsRoleAndEveryRoleBelowAsAuthorities() {
        ApiKeyAuthentication editor = ApiKeyAuthentication.authenticated(new ApiKey("0123456789ab", Role.EDITOR));

        assertThat(editor.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_EDITOR");
        assertThat(editor.isAuthenticated()).isTrue();
        assertThat(editor.getCredentials()).isNull();
        assertThat(editor.getName()).isEqualTo("0123456789ab");
    }

    @Test
    void rolesAreKnownByTheirLowerCaseNames() {
        assertThat(Role.fromId("viewer")).contains(Role.VIEWER);
        assertThat(Role.fromId("admin")).contains(Role.ADMIN);
        assertThat(Role.fromId("ADMIN")).isEmpty();
        assertThat(Role.EDITOR.id()).isEqualTo("editor");
    }
}
