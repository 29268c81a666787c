package dev.meridian.checkout.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What every Meridian service serves: health, the OpenAPI document (creating POSTs name Idempotency-Key). */
@QuarkusTest
class ServiceEndpointsTest {

    @Test
    void health_is_served() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void the_openapi_document_names_the_idempotency_key_of_creating_posts() {
        given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/v1/carts:"))
                .body(containsString("/v1/admin/promotions:"))
                .body(containsString("Idempotency-Key"));
    }
}
