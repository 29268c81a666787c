package dev.meridian.platform.testing;

import static io.restassured.RestAssured.given;

/**
 * Real access tokens from the local Keycloak (deploy/local/keycloak.sh, realm {@code meridian}), obtained with
 * the password grant through the public {@code storefront} client. The server is
 * {@code MERIDIAN_KEYCLOAK_URL} (default http://127.0.0.1:8180).
 */
public final class KeycloakTokens {

    private KeycloakTokens() {
    }

    public static String keycloakUrl() {
        String url = System.getenv("MERIDIAN_KEYCLOAK_URL");
        return url == null || url.isBlank() ? "http://127.0.0.1:8180" : url;
    }

    public static String realmUrl() {
        return keycloakUrl() + "/realms/meridian";
    }

    public static String forUser(String username, String password) {
        return given().baseUri(realmUrl())
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password")
                .formParam("client_id", "storefront")
                .formParam("username", username)
                .formParam("password", password)
                .formParam("scope", "openid")
                .when().post("/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    public static String forClient(String clientId, String secret) {
        return given().baseUri(realmUrl())
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .when().post("/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
