package dev.meridian.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Browser access per origin list: the storefront origin for public APIs, admin APIs only for admin origins. */
@QuarkusTest
class CorsPolicyTest {

    private static io.restassured.response.ValidatableResponse preflight(String origin, String path) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key")
                .options(path).then();
    }

    @Test
    void the_storefront_origin_may_call_public_apis() {
        preflight("https://shop.example.com", "/v1/probe/items").statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("https://shop.example.com"))
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsString("Idempotency-Key"));
    }

    @Test
    void an_unknown_origin_is_refused_at_preflight() {
        preflight("https://evil.example.net", "/v1/probe/items").statusCode(403).contentType("application/problem+json");
    }

    @Test
    void the_storefront_origin_may_not_call_admin_apis() {
        preflight("https://shop.example.com", "/v1/admin/probe").statusCode(403);
    }

    @Test
    void an_admin_origin_may_call_admin_apis() {
        preflight("https://admin.example.com", "/v1/admin/probe").statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("https://admin.example.com"));
    }

    @Test
    void a_simple_request_from_an_unknown_origin_gets_no_allow_header() {
        given().header("Origin", "https://evil.example.net").get("/v1/probe/echo/x")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void a_request_without_origin_is_not_cors() {
        given().get("/v1/probe/echo/x").then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }
}
