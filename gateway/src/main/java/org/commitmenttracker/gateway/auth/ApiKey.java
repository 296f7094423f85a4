package org.commitmenttracker.gateway.auth;

/**
 * A configured API key, known by its id (the first 12 hex characters of the key's SHA-256), never by the key itself.
 */
record ApiKey(String id, Role role) {
}
