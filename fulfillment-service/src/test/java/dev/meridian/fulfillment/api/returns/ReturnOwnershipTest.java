package dev.meridian.fulfillment.api.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.fulfillment.support.Keys;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.fulfillment.support.TestClock;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Customers reach only their own shipments; the shipment is written directly so no staff call is needed. */
@QuarkusTest
class ReturnOwnershipTest {

    private static final String SKU = "OWN-" + UUID.randomUUID().toString().substring(0, 8);

    private static UUID deliveredShipmentOf(String customer) {
        TestDatabase.execute("insert into sku (sku, weight_grams, created_at) values (?, 100, now()) "
                + "on conflict do nothing", SKU);
        UUID id = UUID.randomUUID();
        TestDatabase.execute("""
                insert into shipment (id, order_id, customer_id, market, from_location, from_country,
                  destination_country, carrier, service, lines, parcels, state, state_at, tracking_number,
                  created_at, updated_at)
                values (?, ?, ?, 'DE', ?, 'PT', 'DE', 'simpost', 'economy-mail', cast(? as jsonb), cast(? as jsonb),
                  'delivered', ?, ?, now(), now())""", id, "order-" + id, customer, Stock.ORIGIN,
                "{\"items\":[{\"sku\":\"" + SKU + "\",\"quantity\":1}]}",
                "{\"items\":[{\"weightGrams\":100,\"lengthCm\":1,\"widthCm\":1,\"heightCm\":1}]}",
                Timestamp.from(TestClock.CLOCK.instant()), "LX" + id.toString().substring(0, 9));
        return id;
    }

    private static io.restassured.response.Response open(UUID shipment) {
        return Keys.keyed().body(Map.of("shipmentId", shipment.toString(),
                "lines", List.of(Map.of("sku", SKU, "quantity", 1, "reason", "changed my mind"))))
                .when().post("/v1/returns");
    }

    @Test
    @TestSecurity(user = "customer-a", roles = "customer")
    void a_customer_can_return_their_own_delivered_shipment() {
        open(deliveredShipmentOf("customer-a")).then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "customer-b", roles = "customer")
    void a_customer_cannot_see_or_return_someone_elses_shipment() {
        open(deliveredShipmentOf("customer-a")).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "alice", roles = "customer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "3f0c9a1e-sub-of-alice"))
    void a_customer_is_known_by_the_token_subject_not_by_the_user_name() {
        UUID shipment = deliveredShipmentOf("3f0c9a1e-sub-of-alice");

        String id = open(shipment).then().statusCode(201).extract().path("id");

        given().when().get("/v1/returns/" + id).then().statusCode(200);
        assertThat(TestDatabase.count("select count(*) from return_case where id = cast(? as uuid) and customer_id = ?",
                id, "3f0c9a1e-sub-of-alice")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "alice", roles = "customer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "3f0c9a1e-sub-of-alice"))
    void a_shipment_recorded_under_the_user_name_is_not_the_customers() {
        open(deliveredShipmentOf("alice")).then().statusCode(404);
    }
}
