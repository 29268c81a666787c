package dev.meridian.compliance.api;

/** Texts the OpenAPI document repeats on many operations. */
public final class ApiDocs {

    public static final String IDEMPOTENCY_KEY = "Unique per intended change (a UUID, at most 255 characters). A retry "
            + "with the same key and body answers the stored response again (Idempotent-Replayed: true) and changes "
            + "nothing more; the same key with another body is a 422, a missing key a 400, a key whose first request "
            + "still runs a 409. Keys are kept 24 hours per caller.";

    private ApiDocs() {
    }
}
