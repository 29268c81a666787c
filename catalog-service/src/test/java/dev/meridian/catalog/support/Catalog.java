package dev.meridian.catalog.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Admin calls that set up catalog state for a test (run under @TestSecurity as a catalog editor). */
public final class Catalog {

    private Catalog() {
    }

    /** A market code no other test uses (tests share one database per JVM). */
    public static String marketCode(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    }

    public static String market(String prefix, String currency, List<String> locales, boolean taxInclusive) {
        String code = marketCode(prefix);
        given().contentType("application/json").body(Map.of("countries", List.of("DE", "AT"), "currency", currency,
                        "locales", locales, "taxInclusive", taxInclusive, "rounding", "ENDING_99", "fxDerived", true))
                .when().put("/v1/admin/markets/" + code).then().statusCode(200);
        return code;
    }

    public static String create(Map<String, Object> body) {
        return given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).when().post("/v1/admin/products").then().statusCode(201).extract().path("id");
    }

    /** An active product with de/en/fr text and handles unique to this call. */
    public static Map<String, Object> product(String sku, Map<String, String> title, Map<String, String> handle) {
        Map<String, Object> body = new HashMap<>(Products.newProduct(sku));
        body.put("title", title);
        body.put("handle", handle);
        return body;
    }

    public static void publish(String id, String market, boolean published) {
        given().contentType("application/json").body(Map.of("published", published))
                .when().put("/v1/admin/products/" + id + "/markets/" + market).then().statusCode(204);
    }

    public static void price(String id, String sku, String market, String currency, String amount) {
        given().contentType("application/json").body(Map.of("amount", Map.of("currency", currency, "amount", amount)))
                .when().put("/v1/admin/products/" + id + "/prices/" + sku + "/" + market).then().statusCode(204);
    }

    /** Adds a dated FX rate (1 base = rate quote from {@code from}). */
    public static void rate(String base, String quote, String rate, java.time.Instant from) {
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("base", base, "quote", quote, "rate", new java.math.BigDecimal(rate), "effectiveFrom", from.toString()))
                .when().post("/v1/admin/fx-rates").then().statusCode(201);
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
