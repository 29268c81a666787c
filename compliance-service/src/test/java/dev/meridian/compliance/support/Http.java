package dev.meridian.compliance.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Requests as a well-behaved client sends them: JSON, and a fresh Idempotency-Key on every creating POST. */
public final class Http {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private Http() {
    }

    /** A JSON body with a new Idempotency-Key: a first attempt. */
    public static RequestSpecification create(Object body) {
        return create(UUID.randomUUID().toString(), body);
    }

    /** A JSON body under a chosen key: the same key again is a retry. */
    public static RequestSpecification create(String key, Object body) {
        return given().contentType("application/json").header(IDEMPOTENCY_KEY, key).body(body);
    }
}
