package dev.meridian.catalog.api.product;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.catalog.support.Catalog;
import dev.meridian.catalog.support.Products;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class AdminUpdateTest {

    private static Map<String, Object> renamed(String sku, String title) {
        Map<String, Object> body = new HashMap<>(Products.newProduct(sku));
        body.put("title", Map.of("en", title));
        return body;
    }

    @Test
    void an_update_with_the_current_etag_succeeds_and_returns_a_new_etag() {
        String sku = Products.uniqueSku();
        String id = Catalog.create(Products.newProduct(sku));
        String etag = given().when().get("/v1/admin/products/" + id).then().statusCode(200).extract().header("ETag");
        String next = given().contentType("application/json").header("If-Match", etag).body(renamed(sku, "Wool scarf"))
                .when().put("/v1/admin/products/" + id).then().statusCode(200).body("title.en", equalTo("Wool scarf"))
                .extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);
    }

    @Test
    void a_stale_etag_is_412_and_the_later_edit_is_not_lost() {
        String sku = Products.uniqueSku();
        String id = Catalog.create(Products.newProduct(sku));
        String etag = given().when().get("/v1/admin/products/" + id).then().extract().header("ETag");
        given().contentType("application/json").header("If-Match", etag).body(renamed(sku, "First edit"))
                .when().put("/v1/admin/products/" + id).then().statusCode(200);

        given().contentType("application/json").header("If-Match", etag).body(renamed(sku, "Second edit from stale copy"))
                .when().put("/v1/admin/products/" + id).then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://meridian.dev/problems/precondition-failed"));
        given().when().get("/v1/admin/products/" + id).then().body("title.en", equalTo("First edit"));
    }

    @Test
    void of_two_concurrent_edits_with_the_same_etag_one_wins_and_the_other_is_409() throws Exception {
        String sku = Products.uniqueSku();
        String id = Catalog.create(Products.newProduct(sku));
        String etag = given().when().get("/v1/admin/products/" + id).then().extract().header("ETag");
        ExecutorService editors = Executors.newFixedThreadPool(2);
        CompletableFuture<Integer> first;
        CompletableFuture<Integer> second;
        // Both editors read the same version; the row lock makes both writes wait at their version-checked UPDATE.
        try (Connection lock = TestDatabase.connect()) {
            lock.setAutoCommit(false);
            try (PreparedStatement select = lock.prepareStatement("select 1 from product where id = ? for update")) {
                select.setObject(1, UUID.fromString(id));
                select.execute();
            }
            first = CompletableFuture.supplyAsync(() -> edit(id, etag, sku, "Edit A"), editors);
            second = CompletableFuture.supplyAsync(() -> edit(id, etag, sku, "Edit B"), editors);
            await().atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.count(
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()") >= 2);
            lock.rollback();
        }

        List<Integer> statuses = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        editors.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        given().when().get("/v1/admin/products/" + id).then().body("title.en", org.hamcrest.Matchers.startsWith("Edit "));
    }

    private static int edit(String id, String etag, String sku, String title) {
        return given().contentType("application/json").header("If-Match", etag).body(renamed(sku, title))
                .when().put("/v1/admin/products/" + id).then().extract().statusCode();
    }

    @Test
    void an_update_without_if_match_is_428() {
        String sku = Products.uniqueSku();
        String id = Catalog.create(Products.newProduct(sku));
        given().contentType("application/json").body(renamed(sku, "No precondition"))
                .when().put("/v1/admin/products/" + id).then().statusCode(428)
                .body("type", equalTo("https://meridian.dev/problems/precondition-required"));
    }

    private static long writes() {
        return TestDatabase.count("select (select count(*) from product) + (select count(*) from outbox_event)"
                + " + (select count(*) from product_handle) + (select count(*) from variant_price)");
    }

    @Test
    void a_price_in_a_currency_the_market_does_not_use_is_400_and_writes_nothing() {
        String market = Catalog.market("EU", "EUR", java.util.List.of("en"), true);
        String sku = Products.uniqueSku();
        String id = Catalog.create(Products.newProduct(sku));
        long before = writes();
        given().contentType("application/json").body(Map.of("amount", Map.of("currency", "USD", "amount", "10.00")))
                .when().put("/v1/admin/products/" + id + "/prices/" + sku + "/" + market)
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void a_negative_price_is_400_and_writes_nothing() {
        String market = Catalog.market("EU", "EUR", java.util.List.of("en"), true);
        String sku = Products.uniqueSku();
        String id = Catalog.create(Products.newProduct(sku));
        long before = writes();
        given().contentType("application/json").body(Map.of("amount", Map.of("currency", "EUR", "amount", "-1.00")))
                .when().put("/v1/admin/products/" + id + "/prices/" + sku + "/" + market)
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void a_duplicate_handle_in_one_locale_is_409_and_writes_nothing() {
        String handle = "scarf-" + Catalog.unique();
        Catalog.create(Catalog.product(Products.uniqueSku(), Map.of("en", "Scarf"), Map.of("en", handle)));
        long before = writes();
        String sku = Products.uniqueSku();
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Catalog.product(sku, Map.of("en", "Other"), Map.of("en", handle)))
                .when().post("/v1/admin/products").then().statusCode(409).contentType("application/problem+json");
        assertThat(writes()).isEqualTo(before);
        assertThat(TestDatabase.count("select count(*) from product where sku = ?", sku)).isZero();
    }

    @Test
    void an_invalid_locale_tag_is_400_and_writes_nothing() {
        long before = writes();
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Catalog.product(Products.uniqueSku(), Map.of("not a locale!", "Scarf"), Map.of()))
                .when().post("/v1/admin/products").then().statusCode(400).contentType("application/problem+json");
        assertThat(writes()).isEqualTo(before);
    }
}
