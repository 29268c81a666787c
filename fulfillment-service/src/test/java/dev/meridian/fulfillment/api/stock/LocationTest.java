package dev.meridian.fulfillment.api.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.meridian.fulfillment.support.Reservations;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stock locations: several origins (a brand producing in Portugal and in China), at most one per country. */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"merchant-admin", "integration"})
class LocationTest {

    /** Ranked after the starter ORIGIN-PT (priority 100), so other tests keep shipping from Portugal. */
    private static ValidatableResponse putOrigin(String code, String country) {
        return given().contentType("application/json").body(Map.of("kind", "ORIGIN", "country", country,
                "priority", 500, "timeZone", "Asia/Shanghai")).when().put("/v1/admin/locations/" + code).then();
    }

    @Test
    void a_second_origin_in_another_country_is_added_beside_the_first() {
        putOrigin("ORIGIN-CN", "CN").statusCode(200).body("kind", equalTo("ORIGIN"));

        given().when().get("/v1/admin/locations").then().statusCode(200)
                .body("code", hasItems("ORIGIN-PT", "ORIGIN-CN"));
    }

    @Test
    void an_order_only_the_second_origin_can_fill_ships_from_there() {
        putOrigin("ORIGIN-CN", "CN").statusCode(200);
        String sku = Stock.skuWith("ORIGIN-CN", 4);

        Reservations.reserve(Reservations.orderId(), "DE", Map.of(sku, 3)).then().statusCode(201)
                .body("lines[0].location", equalTo("ORIGIN-CN")).body("routing.reason", equalTo("ORIGIN_COMPLETE"));
    }

    @Test
    void a_second_origin_in_the_same_country_is_a_conflict_and_is_not_stored() {
        putOrigin("ORIGIN-PT2", "PT").statusCode(409).contentType("application/problem+json");

        assertThat(TestDatabase.count("select count(*) from stock_location where code = 'ORIGIN-PT2'")).isZero();
    }
}
