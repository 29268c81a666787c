package dev.meridian.compliance.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.platform.testing.KeycloakTokens;
import java.util.Base64;

/** Real access tokens from the local Keycloak (users customer, customer2, compliance) and what they carry. */
public final class Tokens {

    private Tokens() {
    }

    public static String customer() {
        return KeycloakTokens.forUser("customer", "customer");
    }

    public static String customer2() {
        return KeycloakTokens.forUser("customer2", "customer2");
    }

    public static String complianceOfficer() {
        return KeycloakTokens.forUser("compliance", "compliance");
    }

    /** The token's {@code sub}: the one identity of a customer in every service. */
    public static String subjectOf(String token) {
        return claim(token, "sub");
    }

    public static String claim(String token, String name) {
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
            return new ObjectMapper().readTree(payload).get(name).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
