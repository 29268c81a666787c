package dev.meridian.fulfillment.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class Reservations {

    private Reservations() {
    }

    public static String orderId() {
        return "order-" + UUID.randomUUID();
    }

    public static Map<String, Object> request(String orderId, String market, Map<String, Integer> lines) {
        return Map.of("orderId", orderId, "market", market, "lines", lines.entrySet().stream()
                .map(e -> Map.of("sku", e.getKey(), "quantity", e.getValue())).toList());
    }

    public static Response reserve(String orderId, String market, Map<String, Integer> lines) {
        return given().contentType("application/json").body(request(orderId, market, lines))
                .when().post("/v1/reservations");
    }

    public static Response reserve(Map<String, Object> body) {
        return given().contentType("application/json").body(body).when().post("/v1/reservations");
    }

    public static List<Map<String, Object>> lines(String sku, int quantity) {
        return List.of(Map.of("sku", sku, "quantity", quantity));
    }
}
