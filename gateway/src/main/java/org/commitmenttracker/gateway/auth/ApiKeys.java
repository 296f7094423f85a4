package org.commitmenttracker.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API keys the gateway accepts, from {@code TRACKER_API_KEYS}: comma-separated {@code key:role} pairs, roles
 * {@code viewer}, {@code editor} or {@code admin}. Keys are at least {@value #MIN_KEY_LENGTH} characters of the
 * characters a Bearer token may hold ({@code A-Z a-z 0-9 - . _ ~ + /}, {@code =} at the end), each key at most once.
 * Only the keys' SHA-256 digests are kept; a presented key is compared with every one of them in constant time.
 */
public final class ApiKeys {

    public static final String SETTING = "TRACKER_API_KEYS";
    static final int MIN_KEY_LENGTH = 16;
    private static final Pattern BEARER_TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");
    private static final Pattern ECHOABLE_ROLE = Pattern.compile("[A-Za-z_-]{1," + (MIN_KEY_LENGTH - 1) + "}");
    private static final int KEY_ID_LENGTH = 12;

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Parses the setting, reporting every problem at once.
     *
     * @throws InvalidApiKeysException when the setting is missing or any entry is malformed
     */
    public static ApiKeys parse(String setting) {
        if (setting == null || setting.isBlank()) {
            throw new InvalidApiKeysException(List.of(SETTING + " is not set: give one or more key:role pairs "
                    + "separated by commas, roles viewer, editor or admin"));
        }
        List<String> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] pairs = setting.split(",", -1);
        for (int i = 0; i < pairs.length; i++) {
            int number = i + 1;
            String pair = pairs[i].strip();
            String problem = problemWith(pair, number, seen);
            if (problem != null) {
                problems.add(problem);
                continue;
            }
            int colon = pair.lastIndexOf(':');
            String key = pair.substring(0, colon).strip();
            Role role = Role.fromId(pair.substring(colon + 1).strip()).orElseThrow();
            byte[] digest = sha256(key);
            entries.add(new Entry(digest, new ApiKey(keyId(digest), role)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidApiKeysException(problems);
        }
        return new ApiKeys(entries);
    }

    private static String problemWith(String pair, int number, Map<String, Integer> seen) {
        String entry = SETTING + " entry " + number;
        if (pair.isEmpty()) {
            return entry + " is empty";
        }
        int colon = pair.lastIndexOf(':');
        if (colon <= 0) {
            return entry + " is not of the form key:role";
        }
        String key = pair.substring(0, colon).strip();
        String role = pair.substring(colon + 1).strip();
        if (Role.fromId(role).isEmpty()) {
            // A long value may be a key written in the wrong place: never echo it.
            return entry + (ECHOABLE_ROLE.matcher(role).matches() ? " has unknown role '" + role + "'" : " has an unknown role")
                    + " (expected viewer, editor or admin)";
        }
        if (key.length() < MIN_KEY_LENGTH) {
            return entry + " has a key shorter than " + MIN_KEY_LENGTH + " characters";
        }
        if (!BEARER_TOKEN.matcher(key).matches()) {
            return entry + " has a key with characters a Bearer token cannot hold (use A-Z a-z 0-9 - . _ ~ + /)";
        }
        Integer earlier = seen.putIfAbsent(key, number);
        if (earlier != null) {
            return entry + " repeats the key of entry " + earlier;
        }
        return null;
    }

    /**
     * The configured key equal to the presented one, if any. Every configured key is compared, in constant time, so
     * the time taken says nothing about which key, or how much of one, matched.
     */
    Optional<ApiKey> find(String presentedKey) {
        byte[] presented = sha256(presentedKey);
        ApiKey match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), presented)) {
                match = entry.key();
            }
        }
        return Optional.ofNullable(match);
    }

    List<ApiKey> keys() {
        return entries.stream().map(Entry::key).toList();
    }

    /** The id a key is known by in headers and logs: the first 12 hex characters of its SHA-256. */
    static String keyId(String key) {
        return keyId(sha256(key));
    }

    private static String keyId(byte[] digest) {
        return HexFormat.of().formatHex(digest).substring(0, KEY_ID_LENGTH);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeys" + keys();
    }

    private record Entry(byte[] digest, ApiKey key) {
    }
}
