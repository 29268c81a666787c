package dev.meridian.fulfillment.support;

import static io.restassured.RestAssured.given;

import dev.meridian.platform.webhook.StandardWebhooks;
import io.restassured.response.Response;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class Shipments {

    /** The dev/test secret of the simpost carrier (application.properties). */
    public static final String SIMPOST_SECRET = "whsec_c2ltcG9zdC1kZXYtc2VjcmV0LWZvci13ZWJob29rcw==";
    /** The dev/test secret of the simexpress carrier (application.properties). */
    public static final String SIMEXPRESS_SECRET = "whsec_c2ltZXhwcmVzcy1kZXYtc2VjcmV0LWZvci13ZWJob29rcw==";

    private Shipments() {
    }

    /** A DE order shipped from the Portuguese origin (inside the EU: no customs data needed). */
    public static Map<String, Object> request(String sku, String market, String destination, String customerId) {
        return Map.of("orderId", Reservations.orderId(), "customerId", customerId, "market", market,
                "fromLocation", Stock.ORIGIN, "destinationCountry", destination, "service", "economy-mail",
                "lines", List.of(Map.of("sku", sku, "quantity", 2)),
                "parcels", List.of(Map.of("weightGrams", 600, "lengthCm", 30, "widthCm", 20, "heightCm", 5)));
    }

    public static Response create(Map<String, Object> body) {
        return create(Keys.newKey(), body);
    }

    public static Response create(String idempotencyKey, Map<String, Object> body) {
        return Keys.keyed(idempotencyKey).body(body).when().post("/v1/admin/shipments");
    }

    public static Response webhook(String secret, String webhookId, String body) {
        return webhook("simpost", secret, webhookId, body);
    }

    public static Response webhook(String carrier, String secret, String webhookId, String body) {
        String timestamp = String.valueOf(TestClock.CLOCK.instant().getEpochSecond());
        String signature = "v1," + Base64.getEncoder().encodeToString(
                StandardWebhooks.sign(secret, webhookId + "." + timestamp + "." + body));
        return given().contentType("application/json").header("webhook-id", webhookId)
                .header("webhook-timestamp", timestamp).header("webhook-signature", signature).body(body)
                .when().post("/v1/webhooks/carriers/" + carrier + "/tracking");
    }

    public static Response track(String trackingNumber, String status) {
        String body = "{\"trackingNumber\":\"" + trackingNumber + "\",\"status\":\"" + status + "\",\"occurredAt\":\""
                + TestClock.CLOCK.instant() + "\"}";
        return webhook(SIMPOST_SECRET, "wh-" + UUID.randomUUID(), body);
    }

    /** A labelled shipment of 2 x a new SKU, delivered now (by the clock), owned by {@code customerId}. */
    public static Map<String, String> delivered(String market, String destination, String customerId) {
        String sku = Stock.skuWith(Stock.ORIGIN, 10);
        Response created = create(request(sku, market, destination, customerId));
        created.then().statusCode(201);
        String id = created.path("id");
        String tracking = created.path("trackingNumber");
        track(tracking, "DELIVERED").then().statusCode(200);
        return Map.of("id", id, "sku", sku, "tracking", tracking);
    }
}
