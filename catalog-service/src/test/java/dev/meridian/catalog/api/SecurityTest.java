package dev.meridian.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.catalog.support.Products;
import dev.meridian.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Real tokens from the local Keycloak realm, not simulated identities. */
@QuarkusTest
class SecurityTest {

    private static io.restassured.response.Response create(String token) {
        var request = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Products.newProduct());
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/v1/admin/products");
    }

    @Test
    void a_catalog_editor_token_can_create_a_product() {
        create(KeycloakTokens.forUser("editor", "editor")).then().statusCode(201);
    }

    @Test
    void a_token_without_the_role_is_forbidden() {
        create(KeycloakTokens.forUser("customer", "customer")).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://meridian.dev/problems/forbidden"));
    }

    @Test
    void no_token_is_unauthorized() {
        create(null).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://meridian.dev/problems/unauthorized"));
    }

    @Test
    void a_forged_token_is_unauthorized() {
        String token = KeycloakTokens.forUser("editor", "editor");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
        create(forged).then().statusCode(401);
    }

    @Test
    void storefront_reads_need_no_token() {
        given().when().get("/v1/markets/NOWHERE/products").then().statusCode(404)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.startsWith("market"));
    }
}
