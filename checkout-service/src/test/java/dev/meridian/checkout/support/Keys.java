package dev.meridian.checkout.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Creating POSTs take an Idempotency-Key; tests that are not about retries send a fresh one each time. */
public final class Keys {

    public static final String HEADER = "Idempotency-Key";

    private Keys() {
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    public static RequestSpecification keyed() {
        return keyed(newKey());
    }

    public static RequestSpecification keyed(String key) {
        return given().contentType("application/json").header(HEADER, key);
    }
}
