package dev.meridian.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import dev.meridian.platform.testing.KeycloakTokens;
import org.junit.jupiter.api.Test;

/**
 * The realm the stack imports (deploy/keycloak/meridian-realm.json) protects passwords against guessing: the
 * running Keycloak is asked, not the file, so a realm imported before the change is caught too (issue 9, item 5).
 */
class RealmSettingsTest {

    @Test
    void brute_force_protection_is_on() {
        String admin = given().baseUri(KeycloakTokens.keycloakUrl())
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post("/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().baseUri(KeycloakTokens.keycloakUrl()).auth().oauth2(admin).get("/admin/realms/meridian")
                .then().statusCode(200)
                .body("bruteForceProtected", equalTo(true))
                .body("failureFactor", greaterThan(0));
    }
}
