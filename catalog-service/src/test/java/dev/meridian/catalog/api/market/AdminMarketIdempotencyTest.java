package dev.meridian.catalog.api.market;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The creating POSTs of the market admin API take an Idempotency-Key: a retry replays, and creates nothing twice. */
@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class AdminMarketIdempotencyTest {

    private static Response post(String path, String key, Map<String, Object> body) {
        var request = given().contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post(path);
    }

    private static Map<String, Object> rate(Instant from) {
        return Map.of("base", "EUR", "quote", "NOK", "rate", new java.math.BigDecimal("11.5"), "effectiveFrom", from.toString());
    }

    private static long ratesFrom(Instant from) {
        return TestDatabase.count("select count(*) from fx_rate where quote = 'NOK' and effective_from = ?",
                java.sql.Timestamp.from(from));
    }

    @Test
    void an_fx_rate_retried_with_the_same_key_is_added_once_and_answered_the_same() {
        Instant from = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String key = UUID.randomUUID().toString();
        Response first = post("/v1/admin/fx-rates", key, rate(from));
        first.then().statusCode(201);

        Response retry = post("/v1/admin/fx-rates", key, rate(from));

        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(retry.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(ratesFrom(from)).isEqualTo(1);
    }

    @Test
    void an_fx_rate_without_an_idempotency_key_is_refused_and_adds_nothing() {
        Instant from = Instant.now().minus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        post("/v1/admin/fx-rates", null, rate(from)).then().statusCode(400)
                .body("type", equalTo("https://meridian.dev/problems/idempotency-key-missing"));
        assertThat(ratesFrom(from)).isZero();
    }

    @Test
    void a_category_retried_with_the_same_key_is_created_once_with_the_same_id() {
        String name = "Scarves " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String id = post("/v1/admin/categories", key, Map.of("name", Map.of("en", name)))
                .then().statusCode(201).extract().path("id");

        post("/v1/admin/categories", key, Map.of("name", Map.of("en", name)))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));

        assertThat(TestDatabase.count("select count(*) from category where name->>'en' = ?", name)).isEqualTo(1);
    }

    @Test
    void a_category_without_an_idempotency_key_is_refused() {
        post("/v1/admin/categories", null, Map.of("name", Map.of("en", "Hats"))).then().statusCode(400)
                .body("type", equalTo("https://meridian.dev/problems/idempotency-key-missing"));
    }
}
