package dev.meridian.catalog.api.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.catalog.support.Catalog;
import dev.meridian.catalog.support.Products;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "merchant-admin")
class DemoDataTest {

    /** Every seeding of these tests asks for two variants: the demo products are shared by all of them. */
    private static Response seed(String key, int products) {
        return given().header("Idempotency-Key", key).queryParam("products", products).queryParam("variants", 2)
                .when().post("/v1/admin/demo-data");
    }

    private static long demoProducts() {
        return TestDatabase.count("select count(*) from product where sku like 'DEMO-%'");
    }

    @Test
    void seeding_creates_demo_markets_and_products_visible_in_every_market_and_reseeding_changes_nothing() {
        Response first = seed(UUID.randomUUID().toString(), 3);
        first.then().statusCode(200);
        assertThat(first.jsonPath().getInt("products") + first.jsonPath().getInt("skipped")).isEqualTo(3);
        for (String market : new String[] {"EU", "UK", "US", "JP", "AU"}) {
            given().queryParam("q", "DEMO-1").when().get("/v1/markets/" + market + "/products")
                    .then().statusCode(200);
        }
        String handle = given().queryParam("locale", "ja").queryParam("q", "DEMO-0").when().get("/v1/markets/JP/products")
                .then().statusCode(200).extract().path("items[0].handle");
        given().queryParam("locale", "ja").when().get("/v1/markets/JP/products/" + handle)
                .then().statusCode(200).body("price.amount.currency", equalTo("JPY")).body("locale", equalTo("ja"));
        seed(UUID.randomUUID().toString(), 3).then().statusCode(200).body("skipped", equalTo(3))
                .body("products", equalTo(0));
    }

    @Test
    void a_seeding_without_an_idempotency_key_is_refused() {
        given().queryParam("products", 1).when().post("/v1/admin/demo-data").then().statusCode(400)
                .body("type", equalTo("https://meridian.dev/problems/idempotency-key-missing"));
    }

    @Test
    void a_retry_with_the_same_key_replays_the_answer_and_seeds_nothing_more() {
        String key = UUID.randomUUID().toString();
        Response first = seed(key, 2);
        first.then().statusCode(200);
        long products = demoProducts();
        long rates = TestDatabase.count("select count(*) from fx_rate");

        Response retry = seed(key, 2);

        retry.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(retry.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(demoProducts()).isEqualTo(products);
        assertThat(TestDatabase.count("select count(*) from fx_rate")).isEqualTo(rates);
    }

    @Test
    void a_product_that_cannot_be_created_for_another_reason_than_its_sku_existing_fails_the_seeding() {
        // Demo SKUs are seeded from DEMO-0 up, so this one does not exist yet.
        int next = (int) demoProducts() + 3;
        // Another product already owns a variant SKU that demo product gets: that is no duplicate of its SKU.
        Map<String, Object> owner = new HashMap<>(Products.newProduct());
        owner.put("variants", List.of(Map.of("sku", "DEMO-" + next + "-red")));
        Catalog.create(owner);

        Response seeding = seed(UUID.randomUUID().toString(), next + 1);

        seeding.then().statusCode(409).contentType("application/problem+json");
        assertThat(TestDatabase.count("select count(*) from product where sku = ?", "DEMO-" + next)).isZero();
    }

    @Test
    void reseeding_keeps_edited_markets_and_adds_no_fx_rates() {
        seed(UUID.randomUUID().toString(), 1).then().statusCode(200);
        given().contentType("application/json").body(Map.of("countries", List.of("GB"), "currency", "GBP",
                        "locales", List.of("en"), "taxInclusive", false, "rounding", "EXACT", "fxDerived", true))
                .when().put("/v1/admin/markets/UK").then().statusCode(200);
        long rates = TestDatabase.count("select count(*) from fx_rate");

        seed(UUID.randomUUID().toString(), 1).then().statusCode(200);

        assertThat(TestDatabase.count("select count(*) from market where code = 'UK' and not tax_inclusive"))
                .isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from fx_rate")).isEqualTo(rates);
    }
}
