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
