package dev.meridian.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every document states what the platform does for every operation (MeridianOpenApiFilter). */
@QuarkusTest
class OpenApiDocumentTest {

    private static io.restassured.response.ValidatableResponse document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
    }

    @Test
    void every_operation_documents_the_platform_problems_and_rate_limit_headers() {
        document()
                .body("paths.'/v1/probe/items'.post.responses", hasKey("400"))
                .body("paths.'/v1/probe/items'.post.responses", hasKey("413"))
                .body("paths.'/v1/probe/items'.post.responses", hasKey("429"))
                .body("paths.'/v1/probe/items'.post.responses", hasKey("500"))
                .body("paths.'/v1/probe/items'.post.responses.'429'.headers", hasKey("Retry-After"))
                .body("paths.'/v1/admin/probe'.get.responses", hasKey("401"))
                .body("paths.'/v1/admin/probe'.get.responses.'200'.headers", hasKey("RateLimit-Limit"));
    }

    @Test
    void the_bounds_the_platform_enforces_are_stated() {
        document()
                .body("paths.'/v1/probe/echo/{text}'.get.parameters.find { it.name == 'q' }.schema.maxLength", equalTo(4096))
                .body("components.schemas.Problem", notNullValue());
    }

    @Test
    void admin_operations_use_their_own_scheme_name() {
        document().body("paths.'/v1/admin/probe'.get.security[0]", hasKey("adminJwt"));
    }
}
