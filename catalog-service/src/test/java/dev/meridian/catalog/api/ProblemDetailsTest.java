package dev.meridian.catalog.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class ProblemDetailsTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private long writes() {
        return TestDatabase.count("select (select count(*) from product) + (select count(*) from outbox_event)"
                + " + (select count(*) from idempotency_key)");
    }

    @Test
    void malformed_json_is_a_400_problem_and_writes_nothing() {
        long before = writes();
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"sku\": \"A-1\", \"title\": {")
                .when().post("/v1/admin/products")
                .then().log().ifValidationFails().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://meridian.dev/problems/malformed-request"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/v1/admin/products"));
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void a_missing_required_field_is_named() {
        long before = writes();
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"title\": {\"en\": \"Scarf\"}, \"price\": {\"currency\": \"EUR\", \"amount\": \"1.00\"}}")
                .when().post("/v1/admin/products")
                .then().log().ifValidationFails().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://meridian.dev/problems/validation-error"))
                .body("errors.field", hasItem("sku"));
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void an_unknown_currency_is_named_down_to_the_money_field() {
        long before = writes();
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"sku\": \"A-2\", \"title\": {\"en\": \"Scarf\"}, \"price\": {\"currency\": \"XYZ\", \"amount\": \"1.00\"}}")
                .when().post("/v1/admin/products")
                .then().log().ifValidationFails().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("price.currency"));
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void too_many_decimals_for_the_currency_is_rejected() {
        long before = writes();
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"sku\": \"A-3\", \"title\": {\"en\": \"Scarf\"}, \"price\": {\"currency\": \"EUR\", \"amount\": \"19.999\"}}")
                .when().post("/v1/admin/products")
                .then().log().ifValidationFails().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("price.amount"));
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void a_negative_price_is_rejected_by_the_domain() {
        long before = writes();
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"sku\": \"A-4\", \"title\": {\"en\": \"Scarf\"}, \"price\": {\"currency\": \"EUR\", \"amount\": \"-1.00\"}}")
                .when().post("/v1/admin/products")
                .then().log().ifValidationFails().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("price.amount"));
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void an_unknown_product_is_a_404_problem() {
        given().when().get("/v1/products/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://meridian.dev/problems/not-found"))
                .body("detail", startsWith("product"));
    }

    @Test
    void a_malformed_id_is_a_problem_too() {
        given().when().get("/v1/products/not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }
}
