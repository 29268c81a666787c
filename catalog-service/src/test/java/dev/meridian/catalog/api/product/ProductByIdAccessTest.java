package dev.meridian.catalog.api.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import dev.meridian.catalog.support.Products;
import dev.meridian.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GET /v1/products/{id} shows a product as the catalog holds it (drafts, HS code, origin): staff only. Shoppers read
 * products through the storefront, where only what is visible in a market is shown.
 */
@QuarkusTest
class ProductByIdAccessTest {

    /** A draft with customs data, created by a real catalog editor. */
    private static String draft() {
        Map<String, Object> body = new HashMap<>(Products.newProduct());
        body.put("status", "DRAFT");
        body.put("hsCode", "611710");
        body.put("originCountry", "IT");
        return given().auth().oauth2(KeycloakTokens.forUser("editor", "editor")).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post("/v1/admin/products").then().statusCode(201).extract().path("id");
    }

    @Test
    void an_anonymous_caller_cannot_read_a_product_by_id() {
        given().when().get("/v1/products/" + draft()).then().statusCode(401)
                .contentType("application/problem+json").body(not(containsString("611710")));
    }

    @Test
    void a_customer_cannot_read_a_product_by_id() {
        given().auth().oauth2(KeycloakTokens.forUser("customer", "customer"))
                .when().get("/v1/products/" + draft()).then().statusCode(403)
                .contentType("application/problem+json").body(not(containsString("611710")));
    }

    @Test
    void a_catalog_editor_reads_a_draft_with_its_customs_data() {
        given().auth().oauth2(KeycloakTokens.forUser("editor", "editor"))
                .when().get("/v1/products/" + draft()).then().statusCode(200)
                .body("status", equalTo("draft")).body("details.hsCode", equalTo("611710"));
    }
}
