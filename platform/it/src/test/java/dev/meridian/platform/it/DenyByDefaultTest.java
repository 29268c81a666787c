package dev.meridian.platform.it;

import static io.restassured.RestAssured.given;

import dev.meridian.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** An endpoint nobody annotated is closed to everyone (quarkus.security.jaxrs.deny-unannotated-endpoints). */
@QuarkusTest
class DenyByDefaultTest {

    @Test
    void an_anonymous_caller_gets_401() {
        given().get("/v1/unannotated").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void even_an_admin_gets_403() {
        given().auth().oauth2(KeycloakTokens.forUser("admin", "admin")).get("/v1/unannotated")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void an_annotated_endpoint_still_answers() {
        given().auth().oauth2(KeycloakTokens.forUser("admin", "admin")).get("/v1/admin/probe").then().statusCode(200);
    }
}
