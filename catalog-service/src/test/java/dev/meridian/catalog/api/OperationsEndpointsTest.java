package dev.meridian.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void liveness_and_readiness_are_up() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void the_openapi_document_describes_the_product_endpoints() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/v1/admin/products"));
    }

    @Test
    void prometheus_metrics_include_the_outbox_backlog() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("meridian_outbox_backlog"))
                .body(containsString("meridian_outbox_oldest_unsent_age_seconds"));
    }
}
