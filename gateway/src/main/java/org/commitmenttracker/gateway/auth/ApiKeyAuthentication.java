package org.commitmenttracker.gateway.auth;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A key presented in {@code Authorization: Bearer}, before it is checked, or the configured key it matched, after.
 * An authenticated one carries the key's role and every role that role includes as {@code ROLE_*} authorities,
 * and no credentials.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final transient String presentedKey;
    private final ApiKey key;

    private ApiKeyAuthentication(String presentedKey, ApiKey key) {
        super(key == null ? List.of()
                : key.role().includedRoles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .toList());
        this.presentedKey = presentedKey;
        this.key = key;
        setAuthenticated(key != null);
    }

    static ApiKeyAuthentication presented(String presentedKey) {
        return new ApiKeyAuthentication(presentedKey, null);
    }

    static ApiKeyAuthentication authenticated(ApiKey key) {
        return new ApiKeyAuthentication(null, key);
    }

    String presentedKey() {
        return presentedKey;
    }

    /** The key that matched; {@code null} before authentication. */
    ApiKey key() {
        return key;
    }

    @Override
    public Object getCredentials() {
        return presentedKey;
    }

    @Override
    public Object getPrincipal() {
        return key;
    }

    @Override
    public String getName() {
        return key == null ? "" : key.id();
    }
}
