package dev.meridian.fulfillment.api.shipment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.meridian.fulfillment.client.carrier.CarrierGateways;
import dev.meridian.fulfillment.client.carrier.SimulatedCarrier;
import dev.meridian.fulfillment.client.carrier.SimulatorBehaviour;
import dev.meridian.fulfillment.support.Shipments;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retried shipment requests never buy a second label: the Idempotency-Key finds the stored shipment again. */
@QuarkusTest
@TestSecurity(user = "ops", roles = {"order-manager", "merchant-admin"})
class ShipmentRetryTest {

    @Inject
    CarrierGateways gateways;

    private SimulatedCarrier simpost;

    @BeforeEach
    void resetCarrier() {
        simpost = (SimulatedCarrier) gateways.forCarrier("simpost");
        simpost.reset();
    }

    private static long shipmentsOf(Map<String, Object> request) {
        return TestDatabase.count("select count(*) from shipment where order_id = ?", request.get("orderId"));
    }

    @Test
    void a_retry_with_the_same_key_answers_the_same_shipment_and_buys_one_label() {
        Map<String, Object> request = Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "DE", "DE", "c1");
        String key = UUID.randomUUID().toString();
        Response first = Shipments.create(key, request);
        first.then().statusCode(201).body("state", equalTo("label-created"));

        Shipments.create(key, request).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")))
                .body("trackingNumber", equalTo(first.path("trackingNumber")));

        assertThat(shipmentsOf(request)).isEqualTo(1);
        assertThat(simpost.labelsCreated()).isEqualTo(1);
    }

    @Test
    void a_retry_after_a_failed_label_answers_label_failed_again_without_calling_the_carrier() {
        simpost.script(SimulatorBehaviour.REJECT);
        Map<String, Object> request = Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "DE", "DE", "c1");
        String key = UUID.randomUUID().toString();
        Shipments.create(key, request).then().statusCode(201).body("state", equalTo("label-failed"));

        Shipments.create(key, request).then().statusCode(201).body("state", equalTo("label-failed"));

        assertThat(simpost.calls()).isEqualTo(1);
        assertThat(shipmentsOf(request)).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_refused_with_422_and_stores_nothing_more() {
        Map<String, Object> request = Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "DE", "DE", "c1");
        String key = UUID.randomUUID().toString();
        Shipments.create(key, request).then().statusCode(201);
        Map<String, Object> other = new HashMap<>(request);
        other.put("destinationCountry", "AT");

        Shipments.create(key, other).then().statusCode(422)
                .body("type", equalTo("https://meridian.dev/problems/idempotency-key-reused"));

        assertThat(shipmentsOf(request)).isEqualTo(1);
        assertThat(simpost.labelsCreated()).isEqualTo(1);
    }

    @Test
    void a_creation_without_a_key_is_refused_and_stores_nothing() {
        Map<String, Object> request = Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "DE", "DE", "c1");

        given().contentType("application/json").body(request).when().post("/v1/admin/shipments").then()
                .statusCode(400).body("type", equalTo("https://meridian.dev/problems/idempotency-key-missing"));

        assertThat(shipmentsOf(request)).isZero();
        assertThat(simpost.calls()).isZero();
    }

    @Test
    void a_service_whose_carrier_has_no_adapter_is_refused_before_anything_is_stored() {
        String service = "courier-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType("application/json").body(Map.of("carrier", "no-such-carrier", "name", "Unknown courier",
                        "kind", "ECONOMY", "transitDaysMin", 1, "transitDaysMax", 2, "incoterms", List.of("DAP"),
                        "freeShippingEligible", false))
                .when().put("/v1/admin/shipping/services/" + service).then().statusCode(200);
        Map<String, Object> request = new HashMap<>(Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "DE", "DE", "c1"));
        request.put("service", service);

        Shipments.create(request).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("service"));

        assertThat(shipmentsOf(request)).isZero();
    }

    @Test
    void a_label_purchase_that_breaks_after_the_shipment_was_stored_says_so_and_a_retry_finishes_it() {
        simpost.script(SimulatorBehaviour.BREAK);
        Map<String, Object> request = Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "DE", "DE", "c1");
        String key = UUID.randomUUID().toString();

        Shipments.create(key, request).then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("was stored")).body("detail", not(containsString("nothing was changed")));

        Shipments.create(key, request).then().statusCode(201).body("state", equalTo("label-created"));
        assertThat(shipmentsOf(request)).isEqualTo(1);
        assertThat(simpost.labelsCreated()).isEqualTo(1);
    }

    @Test
    void retrying_the_label_of_a_labelled_shipment_buys_no_second_label() {
        Response created = Shipments.create(Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "DE", "DE", "c1"));
        String id = created.then().statusCode(201).extract().path("id");

        given().when().post("/v1/admin/shipments/" + id + "/label").then().statusCode(200)
                .body("trackingNumber", equalTo(created.path("trackingNumber")));

        assertThat(simpost.labelsCreated()).isEqualTo(1);
    }
}
