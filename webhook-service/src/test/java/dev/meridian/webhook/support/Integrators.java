package dev.meridian.webhook.support;

import static io.restassured.RestAssured.given;

import dev.meridian.platform.testing.KeycloakTokens;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who calls the webhook API in tests, with real tokens from the local Keycloak: the ERP service account (role
 * integration), the merchant admin, and an editor (no webhook role).
 */
public final class Integrators {

    public static final String KEY = "Idempotency-Key";
    /** Tokens live five minutes in the dev realm; a cached one is used for at most two. */
    private record Cached(String token, long fetchedNanos) {
    }

    private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();
    private static final long MAX_AGE_NANOS = java.time.Duration.ofMinutes(2).toNanos();

    private Integrators() {
    }

    public static String erpToken() {
        return cached("erp", () -> KeycloakTokens.forClient("erp-integration", "erp-integration-dev-secret"));
    }

    public static String userToken(String user) {
        return cached("user:" + user, () -> KeycloakTokens.forUser(user, user));
    }

    private static String cached(String who, java.util.function.Supplier<String> fetch) {
        return TOKENS.compute(who, (k, c) -> c != null && System.nanoTime() - c.fetchedNanos() < MAX_AGE_NANOS ? c
                : new Cached(fetch.get(), System.nanoTime())).token();
    }

    /** As the ERP integration's service account. */
    public static RequestSpecification erp() {
        return given().contentType("application/json").auth().oauth2(erpToken());
    }

    public static RequestSpecification admin() {
        return given().contentType("application/json").auth().oauth2(userToken("admin"));
    }

    public static RequestSpecification user(String user) {
        return given().contentType("application/json").auth().oauth2(userToken(user));
    }

    /** As the ERP integration, with a fresh Idempotency-Key. */
    public static RequestSpecification erpKeyed() {
        return erp().header(KEY, UUID.randomUUID().toString());
    }
}
