package dev.meridian.fulfillment.api.shipment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.meridian.fulfillment.client.carrier.CarrierGateways;
import dev.meridian.fulfillment.client.carrier.SimulatedCarrier;
import dev.meridian.fulfillment.client.carrier.SimulatorBehaviour;
import dev.meridian.fulfillment.support.Shipments;
import dev.meridian.fulfillment.support.Stock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "ops", roles = {"order-manager", "merchant-admin"})
class ShipmentLabelTest {

    @Inject
    CarrierGateways gateways;

    private SimulatedCarrier simpost;

    @BeforeEach
    void resetCarrier() {
        simpost = (SimulatedCarrier) gateways.forCarrier("simpost");
        simpost.reset();
    }

    @Test
    void a_carrier_timeout_while_creating_the_label_is_retried_without_a_second_label() {
        simpost.script(SimulatorBehaviour.TIMEOUT_AFTER);

        Shipments.create(Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "DE", "DE", "c1")).then().statusCode(201)
                .body("state", equalTo("label-created"))
                .body("trackingNumber", matchesPattern("LX\\d{9}PT"));

        assertThat(simpost.calls()).isEqualTo(2);
        assertThat(simpost.labelsCreated()).isEqualTo(1);
    }

    @Test
    void a_permanent_carrier_failure_leaves_a_visible_label_failed_shipment() {
        simpost.script(SimulatorBehaviour.REJECT);

        String id = Shipments.create(Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "DE", "DE", "c1")).then()
                .statusCode(201).body("state", equalTo("label-failed")).extract().path("id");

        given().when().get("/v1/admin/shipments/" + id).then().statusCode(200)
                .body("state", equalTo("label-failed")).body("stateReason", containsString("rejected"));
        assertThat(simpost.labelsCreated()).isZero();
    }

    @Test
    void a_failed_label_can_be_retried() {
        simpost.script(SimulatorBehaviour.REJECT);
        String id = Shipments.create(Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "DE", "DE", "c1")).then()
                .statusCode(201).extract().path("id");

        given().when().post("/v1/admin/shipments/" + id + "/label").then().statusCode(200)
                .body("state", equalTo("label-created"));
    }

    @Test
    void a_cross_border_shipment_without_customs_data_is_refused_and_not_stored() {
        Map<String, Object> body = new HashMap<>(Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "GB", "GB", "c1"));

        Shipments.create(body).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("customs"));
        assertThat(simpost.calls()).isZero();
    }

    @Test
    void a_cross_border_shipment_carries_its_commercial_invoice() {
        Map<String, Object> body = new HashMap<>(Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "GB", "GB", "c1"));
        body.put("customs", Map.of("incoterm", "DDP", "lines", List.of(Map.of("description", "Cotton T-shirt",
                "hsCode", "610910", "originCountry", "PT", "quantity", 2,
                "unitValue", Map.of("currency", "GBP", "amount", "17.50")))));

        Shipments.create(body).then().statusCode(201)
                .body("customs.incoterm", equalTo("DDP"))
                .body("customs.totalValue.amount", equalTo("35.00"))
                .body("customs.lines[0].hsCode", equalTo("610910"));
    }

    @Test
    void dispatching_a_labelled_shipment_moves_it_to_dispatched() {
        String id = Shipments.create(Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "DE", "DE", "c1")).then()
                .statusCode(201).extract().path("id");

        given().when().post("/v1/admin/shipments/" + id + "/dispatch").then().statusCode(200)
                .body("state", equalTo("dispatched"));
    }
}
