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

    /** The catalog's market a destination country belongs to (as the catalog's demo markets group them). */
    public static String marketOf(String country) {
        return switch (country) {
            case "DE", "AT", "FR", "NL" -> "EU";
            case "GB" -> "UK";
            default -> country;
        };
    }

    /** An order to {@code country}, in the catalog market that country belongs to. */
    public static Map<String, Object> request(String orderId, String country, Map<String, Integer> lines) {
        return Map.of("orderId", orderId, "market", marketOf(country), "destinationCountry", country,
                "lines", lines.entrySet().stream().map(e -> Map.of("sku", e.getKey(), "quantity", e.getValue()))
                        .toList());
    }

    public static Response reserve(String orderId, String country, Map<String, Integer> lines) {
        return given().contentType("application/json").body(request(orderId, country, lines))
                .when().post("/v1/reservations");
    }

    public static Response reserve(Map<String, Object> body) {
        return given().contentType("application/json").body(body).when().post("/v1/reservations");
    }

    public static List<Map<String, Object>> lines(String sku, int quantity) {
        return List.of(Map.of("sku", sku, "quantity", quantity));
    }
}
