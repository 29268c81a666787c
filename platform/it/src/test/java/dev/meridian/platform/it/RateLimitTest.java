package dev.meridian.platform.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Per-client limits (issue 9, item 12): a client is its token's subject, or its address without a valid token;
 * over the limit the answer is 429 problem+json with Retry-After. Each test uses its own policy (its own path),
 * so that no test depends on another's consumption.
 */
@QuarkusTest
@TestProfile(RateLimitTest.Limited.class)
class RateLimitTest {

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("meridian.rate-limit.enabled", "true",
                    // a period long enough that no token comes back during a test
                    "meridian.rate-limit.policies.storefront.limit", "3",
                    "meridian.rate-limit.policies.storefront.period", "1H",
                    "meridian.rate-limit.policies.admin.limit", "2",
                    "meridian.rate-limit.policies.admin.period", "1H");
        }
    }

    @Test
    void an_anonymous_client_over_the_limit_gets_429_with_retry_after() {
        for (int i = 0; i < 3; i++) {
            given().get("/v1/markets/probe").then().statusCode(200);
        }
        Response refused = given().get("/v1/markets/probe");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(refused.header("RateLimit-Limit")).isEqualTo("3");
    }

    @Test
    void each_token_subject_has_its_own_bucket_and_a_bad_token_counts_as_its_address() {
        String admin = KeycloakTokens.forUser("admin", "admin");
        String other = KeycloakTokens.forUser("editor", "editor");
        given().auth().oauth2(admin).get("/v1/admin/probe").then().statusCode(200);
        given().auth().oauth2(admin).get("/v1/admin/probe").then().statusCode(200);
        given().auth().oauth2(admin).get("/v1/admin/probe").then().statusCode(429)
                .body("type", equalTo("https://meridian.dev/problems/too-many-requests"));
        // another subject is not slowed down by the first; a forged token is one more request from this address
        given().auth().oauth2(other).get("/v1/admin/probe").then().statusCode(403);
        given().auth().oauth2("forged." + admin.substring(admin.indexOf('.') + 1)).get("/v1/admin/probe")
                .then().statusCode(org.hamcrest.Matchers.oneOf(401, 429));
    }

    @Test
    void every_answer_of_a_limited_route_says_where_the_client_stands() {
        Response answer = given().get("/v1/probe/echo/x");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.header("RateLimit-Limit")).isEqualTo("300");
        assertThat(Long.parseLong(answer.header("RateLimit-Remaining"))).isBetween(0L, 299L);
        assertThat(answer.header("RateLimit-Reset")).isNotNull();
    }

    @Test
    void a_path_outside_the_api_is_not_counted() {
        for (int i = 0; i < 10; i++) {
            given().get("/q/health/live").then().statusCode(200).header("RateLimit-Limit", org.hamcrest.Matchers.nullValue());
        }
    }
}
