package org.commitmenttracker.support.web;

import java.net.URI;

/** The fixed {@code type} of each kind of RFC 9457 problem the services return. */
public final class ProblemTypes {

    public static final URI INVALID_REQUEST = of("invalid-request");
    public static final URI MALFORMED_BODY = of("malformed-body");
    public static final URI NOT_FOUND = of("not-found");
    /** The resource's state does not allow the change: a bad transition, a stale version. */
    public static final URI CONFLICT = of("conflict");
    /** Well-formed, but lacking what the rules need. */
    public static final URI UNPROCESSABLE = of("unprocessable");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    /** The same type the gateway gives a body over its limit. */
    public static final URI CONTENT_TOO_LARGE = of("content-too-large");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI UNAVAILABLE = of("unavailable");
    public static final URI INTERNAL = of("internal-error");

    private ProblemTypes() {
    }

    private static URI of(String kind) {
        return URI.create("urn:commitment-tracker:problem:" + kind);
    }
}
