package dev.meridian.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests refused before any resource runs, each with a problem+json body (issue 9, items 9, 16, 19). */
@QuarkusTest
class RequestGuardTest {

    /** Sends the path exactly as written, escapes included. */
    private static io.restassured.specification.RequestSpecification raw() {
        return given().urlEncodingEnabled(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "%07", "%1B", "%7F", "a%0Ab"})
    void a_control_character_in_the_path_is_a_400_problem(String escaped) {
        raw().get("/v1/probe/echo/scarf" + escaped)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("path")).body("detail", containsString("control characters"));
    }

    @Test
    void a_control_character_in_a_query_parameter_is_a_400_naming_it() {
        raw().get("/v1/probe/echo/scarf?q=wool%00")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/probe/echo/%zz", "/v1/probe/echo/%", "/v1/probe/echo/a?q=%g1"})
    void a_malformed_percent_escape_is_refused_with_400_before_any_code_runs(String uri) throws Exception {
        // Quarkus's HTTP layer checks the URI before routing and answers a bare 400 (no body): the one 4xx that is not
        // problem+json (docs/problems.md). What matters here: it is a 400, never a 5xx, and nothing ran.
        RawHttp.Answer answer = RawHttp.get(uri);
        org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void a_request_target_over_the_limit_is_a_414_problem() {
        raw().get("/v1/probe/echo/" + "a".repeat(5000))
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("https://meridian.dev/problems/uri-too-long"));
    }

    @Test
    void an_ordinary_escaped_request_passes() {
        raw().get("/v1/probe/echo/caf%C3%A9?q=a%20b%2Bc").then().statusCode(200)
                .body("text", equalTo("café")).body("q", equalTo("a b+c"));
    }

    @Test
    void a_body_over_the_default_limit_is_a_413_problem() {
        given().contentType("application/json").body("{\"sku\":\"" + "a".repeat(1_100_000) + "\"}")
                .post("/v1/probe/items")
                .then().statusCode(413).contentType("application/problem+json").body("maxBytes", equalTo(1048576));
    }

    @Test
    void the_route_with_a_larger_limit_takes_a_larger_body() {
        given().config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/plain").body("a".repeat(1_500_000))
                .post("/v1/probe/uploads")
                .then().statusCode(200).body("bytes", equalTo(1_500_000));
    }

    @Test
    void the_larger_limit_still_has_an_end() {
        given().contentType("text/plain").body("a".repeat(2_200_000)).post("/v1/probe/uploads")
                .then().statusCode(413).contentType("application/problem+json");
    }
}
