package dev.meridian.fulfillment.api.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.fulfillment.support.Shipments;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.fulfillment.support.TestClock;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import dev.meridian.platform.webhook.StandardWebhooks;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "ops", roles = {"order-manager", "merchant-admin"})
class TrackingWebhookTest {

    private static String labelled() {
        return Shipments.create(Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "DE", "DE", "c1")).then()
                .statusCode(201).extract().path("trackingNumber");
    }

    private static String body(String tracking, String status) {
        return "{\"trackingNumber\":\"" + tracking + "\",\"status\":\"" + status + "\",\"occurredAt\":\""
                + TestClock.CLOCK.instant() + "\"}";
    }

    private static String stateOf(String tracking) {
        return given().when().get("/v1/admin/shipments/" + shipmentId(tracking)).then().extract().path("state");
    }

    private static String shipmentId(String tracking) {
        try (var c = TestDatabase.connect(); var s = c.prepareStatement(
                "select id from shipment where tracking_number = ?")) {
            s.setString(1, tracking);
            var rs = s.executeQuery();
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_webhook_with_a_bad_signature_is_refused_with_401_and_nothing_is_stored() {
        String tracking = labelled();
        String webhookId = "wh-" + UUID.randomUUID();

        Shipments.webhook("whsec_" + java.util.Base64.getEncoder().encodeToString("not-the-secret".getBytes()),
                        webhookId, body(tracking, "DELIVERED"))
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://meridian.dev/problems/unauthorized"));

        assertThat(TestDatabase.count("select count(*) from tracking_event where webhook_id = ?", webhookId)).isZero();
        assertThat(stateOf(tracking)).isEqualTo("label-created");
    }

    @Test
    void a_webhook_without_a_signature_is_refused() {
        given().contentType("application/json").body(body(labelled(), "DELIVERED"))
                .when().post("/v1/webhooks/carriers/simpost/tracking").then().statusCode(401);
    }

    @Test
    void delivered_followed_by_a_late_in_transit_stays_delivered() {
        String tracking = labelled();

        Shipments.track(tracking, "DELIVERED").then().statusCode(200).body("result", equalTo("applied"));
        Shipments.track(tracking, "IN_TRANSIT").then().statusCode(200).body("result", equalTo("ignored"));

        assertThat(stateOf(tracking)).isEqualTo("delivered");
        assertThat(TestDatabase.count("select count(*) from tracking_event where tracking_number = ?", tracking))
                .isEqualTo(2);
    }

    @Test
    void the_same_webhook_id_from_two_carriers_is_two_events_each_applied() {
        String post = labelled();
        Map<String, Object> express = new HashMap<>(Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "DE", "DE", "c1"));
        express.put("service", "express");
        String expressTracking = Shipments.create(express).then().statusCode(201).extract().path("trackingNumber");
        String webhookId = "wh-" + UUID.randomUUID();

        Shipments.webhook("simpost", Shipments.SIMPOST_SECRET, webhookId, body(post, "IN_TRANSIT")).then()
                .statusCode(200).body("result", equalTo("applied"));
        Shipments.webhook("simexpress", Shipments.SIMEXPRESS_SECRET, webhookId, body(expressTracking, "IN_TRANSIT"))
                .then().statusCode(200).body("result", equalTo("applied"));

        assertThat(stateOf(post)).isEqualTo("in-transit");
        assertThat(stateOf(expressTracking)).isEqualTo("in-transit");
        assertThat(TestDatabase.count("select count(*) from tracking_event where webhook_id = ?", webhookId))
                .isEqualTo(2);
    }

    @Test
    void the_signature_is_checked_over_the_raw_bytes_whatever_charset_the_content_type_names() {
        String tracking = labelled();
        String webhookId = "wh-" + UUID.randomUUID();
        String body = "{\"trackingNumber\":\"" + tracking + "\",\"status\":\"IN_TRANSIT\",\"occurredAt\":\""
                + TestClock.CLOCK.instant() + "\",\"location\":\"Zürich Mülligen\"}";
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = String.valueOf(TestClock.CLOCK.instant().getEpochSecond());
        String signature = "v1," + Base64.getEncoder().encodeToString(StandardWebhooks.sign(Shipments.SIMPOST_SECRET,
                webhookId + "." + timestamp + "." + body));

        given().contentType("application/json; charset=ISO-8859-1").header("webhook-id", webhookId)
                .header("webhook-timestamp", timestamp).header("webhook-signature", signature).body(raw)
                .when().post("/v1/webhooks/carriers/simpost/tracking").then().statusCode(200)
                .body("result", equalTo("applied"));

        assertThat(TestDatabase.count("select count(*) from tracking_event where webhook_id = ? and payload = ?",
                webhookId, body)).isEqualTo(1);
    }

    @Test
    void bytes_other_than_the_signed_ones_are_refused_even_when_they_decode_to_the_same_text() {
        String tracking = labelled();
        String webhookId = "wh-" + UUID.randomUUID();
        // Signed: the replacement character U+FFFD in UTF-8 (EF BF BD). Sent: the invalid byte FF in its place,
        // which a lenient decoder also turns into U+FFFD: the text matches, the bytes do not.
        String body = "{\"trackingNumber\":\"" + tracking + "\",\"status\":\"IN_TRANSIT\",\"occurredAt\":\""
                + TestClock.CLOCK.instant() + "\",\"location\":\"\uFFFD\"}";
        String timestamp = String.valueOf(TestClock.CLOCK.instant().getEpochSecond());
        String signature = "v1," + Base64.getEncoder().encodeToString(StandardWebhooks.sign(Shipments.SIMPOST_SECRET,
                webhookId + "." + timestamp + "." + body));
        byte[] signed = body.getBytes(StandardCharsets.UTF_8);
        byte[] sent = new byte[signed.length - 2];
        int at = body.indexOf('\uFFFD');
        System.arraycopy(signed, 0, sent, 0, at);
        sent[at] = (byte) 0xFF;
        System.arraycopy(signed, at + 3, sent, at + 1, signed.length - at - 3);

        given().contentType("application/json").header("webhook-id", webhookId)
                .header("webhook-timestamp", timestamp).header("webhook-signature", signature)
                .body(sent)
                .when().post("/v1/webhooks/carriers/simpost/tracking").then().statusCode(401)
                .contentType("application/problem+json");

        assertThat(TestDatabase.count("select count(*) from tracking_event where webhook_id = ?", webhookId)).isZero();
    }

    @Test
    void a_redelivered_webhook_is_stored_and_applied_once() {
        String tracking = labelled();
        String webhookId = "wh-" + UUID.randomUUID();
        String body = body(tracking, "IN_TRANSIT");

        Shipments.webhook(Shipments.SIMPOST_SECRET, webhookId, body).then().statusCode(200)
                .body("result", equalTo("applied"));
        Shipments.webhook(Shipments.SIMPOST_SECRET, webhookId, body).then().statusCode(200)
                .body("result", equalTo("duplicate"));

        assertThat(TestDatabase.count("select count(*) from tracking_event where webhook_id = ?", webhookId))
                .isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from outbox_event where type = ? and message_key = ?",
                "meridian.fulfillment.shipment.dispatched.v1", shipmentId(tracking))).isEqualTo(1);
    }
}
