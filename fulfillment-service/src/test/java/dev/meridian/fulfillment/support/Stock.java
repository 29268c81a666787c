package dev.meridian.fulfillment.support;

import static io.restassured.RestAssured.given;

import dev.meridian.platform.testing.TestDatabase;
import java.util.Map;
import java.util.UUID;

/** Test data through the public admin API; each test uses its own SKUs so tests never share stock. */
public final class Stock {

    public static final String ORIGIN = "ORIGIN-PT";
    public static final String WH_DE = "WH-DE";

    private Stock() {
    }

    public static String uniqueSku() {
        return "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A new SKU (250 g) with {@code units} on hand at {@code location}. */
    public static String skuWith(String location, long units) {
        String sku = uniqueSku();
        given().contentType("application/json").body(Map.of("weightGrams", 250, "hsCode", "610910",
                        "originCountry", "PT", "description", "Cotton T-shirt"))
                .when().put("/v1/admin/skus/" + sku).then().statusCode(201);
        add(sku, location, units);
        return sku;
    }

    public static void add(String sku, String location, long units) {
        Keys.keyed().body(Map.of("sku", sku, "location", location, "delta", units, "reason", "test stock"))
                .when().post("/v1/admin/stock/adjustments").then().statusCode(200);
    }

    public static long onHand(String sku, String location) {
        return TestDatabase.count("select coalesce(sum(on_hand), 0) from stock_level where sku = ? and location = ?",
                sku, location);
    }

    public static long reserved(String sku, String location) {
        return TestDatabase.count("select coalesce(sum(reserved), 0) from stock_level where sku = ? and location = ?",
                sku, location);
    }

    public static long available(String sku, String location) {
        return onHand(sku, location) - reserved(sku, location);
    }
}
