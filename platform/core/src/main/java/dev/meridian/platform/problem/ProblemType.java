package dev.meridian.platform.problem;

import java.net.URI;

/**
 * The stable problem types every Meridian service answers with. The URIs are identifiers that clients may
 * switch on; they are documented in docs/problems.md and must never change meaning.
 */
public enum ProblemType {
    VALIDATION("validation-error", "Request validation failed", 400),
    MALFORMED_REQUEST("malformed-request", "Malformed request body", 400),
    IDEMPOTENCY_KEY_MISSING("idempotency-key-missing", "Idempotency-Key header is required", 400),
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Resource not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Representation not available", 406),
    CONFLICT("conflict", "Conflict with the current state", 409),
    IDEMPOTENCY_REQUEST_IN_PROGRESS("idempotency-request-in-progress",
            "A request with this Idempotency-Key is still being processed", 409),
    GONE("gone", "Resource no longer available", 410),
    PRECONDITION_FAILED("precondition-failed", "The resource has changed since it was read", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    URI_TOO_LONG("uri-too-long", "Request target too long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused",
            "This Idempotency-Key was already used with a different request", 422),
    UNPROCESSABLE("unprocessable", "The request cannot be processed in the current state", 422),
    PRECONDITION_REQUIRED("precondition-required", "If-Match header is required", 428),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    INTERNAL("internal-error", "Internal error", 500),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", "A service this request depends on is unavailable", 503);

    public static final String BASE_URI = "https://meridian.dev/problems/";

    private final URI uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = URI.create(BASE_URI + slug);
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The generic type for an HTTP status that has no more specific meaning. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> VALIDATION;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 410 -> GONE;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 428 -> PRECONDITION_REQUIRED;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> UPSTREAM_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : MALFORMED_REQUEST;
        };
    }
}
