package dev.meridian.checkout.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.checkout.support.Catalog;
import dev.meridian.checkout.support.Orders;
import dev.meridian.checkout.support.Shoppers;
import dev.meridian.checkout.support.Upstreams;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.TestDatabase;
import dev.meridian.platform.testing.TestEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payment's and fulfillment's facts move the orders' axes through the real broker. Fulfillment's fixtures are checked
 * against its schemas by {@link TestEvent}; payment-service has no schema yet (its fixtures follow {@link PaymentData}).
 */
@QuarkusTest
class OrderLifecycleConsumerTest {

    @BeforeEach
    void upstreamsAreUp() {
        Upstreams.reset();
    }

    private static String status(String orderId, String column) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            try (var c = TestDatabase.connect(); var s = c.prepareStatement("select " + column
                    + " from customer_order where id = cast(? as uuid)")) {
                s.setString(1, orderId);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        }, v -> true);
    }

    private static void processed(TestEvent event) {
        Catalog.awaitProcessed(event.id());
    }

    private static TestEvent payment(String type, String orderId) {
        TestEvent event = TestEvent.of(type).subject(orderId)
                .data(Map.of("paymentId", "pay-" + UUID.randomUUID(), "orderId", orderId, "reason", "declined"))
                .publish("payment.events");
        processed(event);
        return event;
    }

    private static TestEvent dispatched(Map<String, String> order, int quantity) {
        TestEvent event = TestEvent.of(EventTypes.FULFILLMENT_SHIPMENT_DISPATCHED).subject(UUID.randomUUID().toString())
                .data(Map.ofEntries(Map.entry("shipmentId", UUID.randomUUID().toString()),
                        Map.entry("orderId", order.get("orderId")), Map.entry("market", "DE"),
                        Map.entry("fromLocation", "ORIGIN-PT"), Map.entry("destinationCountry", "DE"),
                        Map.entry("carrier", "simpost"), Map.entry("service", "economy-mail"),
                        Map.entry("trackingNumber", "LX123456789PT"),
                        Map.entry("lines", List.of(Map.of("sku", order.get("sku"), "quantity", quantity))),
                        Map.entry("incoterm", "DDP"), Map.entry("dispatchedAt", Instant.now().toString())))
                .publish("fulfillment.events");
        processed(event);
        return event;
    }

    @Test
    void an_authorised_payment_confirms_the_order_with_what_the_confirmation_email_needs() {
        Map<String, String> order = Orders.placed("30.00");
        try (KafkaRecorder recorder = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(),
                CheckoutEventTypes.TOPIC)) {
            payment(PaymentEventsConsumer.AUTHORIZED, order.get("orderId"));

            assertThat(status(order.get("orderId"), "order_status")).isEqualTo("CONFIRMED");
            assertThat(status(order.get("orderId"), "fulfillment_status")).isEqualTo("ALLOCATED");
            JsonNode confirmed = Orders.published(recorder, CheckoutEventTypes.ORDER_CONFIRMED, order.get("orderId"), 1)
                    .getFirst().get("data");
            assertThat(confirmed.get("email").asText()).isEqualTo("ann@example.com");
            assertThat(confirmed.get("locale").asText()).isEqualTo("de-DE");
            assertThat(confirmed.at("/lines/0/title").asText()).isEqualTo("Leinenhemd");
            assertThat(confirmed.at("/shippingAddress/city").asText()).isEqualTo("Berlin");
            assertThat(confirmed.get("changes").size()).isEqualTo(3);
        }
    }

    @Test
    void a_refused_payment_cancels_the_order_and_releases_its_stock() {
        Map<String, String> order = Orders.placed("30.00");

        payment(PaymentEventsConsumer.REFUSED, order.get("orderId"));

        assertThat(status(order.get("orderId"), "order_status")).isEqualTo("CANCELLED");
        assertThat(status(order.get("orderId"), "payment_status")).isEqualTo("REFUSED");
        await().atMost(Duration.ofSeconds(30)).until(() -> Upstreams.FULFILLMENT.reservationsReleased() == 1);
        assertThat(Orders.outboxEvents(CheckoutEventTypes.ORDER_CANCELLED, order.get("orderId"))).isEqualTo(1);
    }

    @Test
    void an_expired_reservation_cancels_the_unpaid_order() {
        Map<String, String> order = Orders.placed("30.00");

        TestEvent expired = TestEvent.of(EventTypes.FULFILLMENT_RESERVATION_EXPIRED).subject(order.get("orderId"))
                .data(Map.of("reservationId", UUID.randomUUID().toString(), "orderId", order.get("orderId"),
                        "expiredAt", Instant.now().toString())).publish("fulfillment.events");
        processed(expired);

        assertThat(status(order.get("orderId"), "order_status")).isEqualTo("CANCELLED");
        assertThat(status(order.get("orderId"), "fulfillment_status")).isEqualTo("RELEASED");
        assertThat(Upstreams.FULFILLMENT.reservationsReleased()).as("fulfillment released it itself").isZero();
    }

    @Test
    void partial_then_full_dispatch_fulfils_and_completes_the_order_and_a_redelivery_changes_nothing() {
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = dev.meridian.checkout.support.Checkouts.readyCart(sku, 3);
        String orderId = Orders.place(cart, dev.meridian.checkout.support.Checkouts.quoted(cart),
                dev.meridian.checkout.support.Keys.newKey()).then().statusCode(201).extract().path("id");
        Map<String, String> order = Map.of("orderId", orderId, "sku", sku);
        payment(PaymentEventsConsumer.AUTHORIZED, orderId);

        TestEvent first = dispatched(order, 1);
        assertThat(status(orderId, "fulfillment_status")).isEqualTo("PARTIALLY_FULFILLED");
        first.publish("fulfillment.events");
        dispatched(order, 2);

        assertThat(status(orderId, "fulfillment_status")).isEqualTo("FULFILLED");
        assertThat(status(orderId, "order_status")).isEqualTo("COMPLETED");
        assertThat(TestDatabase.count("select count(*) from order_event where order_id = cast(? as uuid) "
                + "and event_type = 'shipment-dispatched'", orderId)).as("timeline entries of the two shipments")
                .isEqualTo(3);
        assertThat(Orders.outboxEvents(CheckoutEventTypes.ORDER_FULFILLMENT_CHANGED, orderId)).isEqualTo(2);
    }

    @Test
    void a_return_received_after_dispatch_marks_the_order_returned_and_the_refund_pending() {
        Map<String, String> order = Orders.placed("30.00");
        payment(PaymentEventsConsumer.AUTHORIZED, order.get("orderId"));
        dispatched(order, 1);

        TestEvent received = TestEvent.of(EventTypes.FULFILLMENT_RETURN_RECEIVED).subject(UUID.randomUUID().toString())
                .data(Map.of("returnId", UUID.randomUUID().toString(), "shipmentId", UUID.randomUUID().toString(),
                        "orderId", order.get("orderId"), "market", "DE", "destination", "HUB-DE",
                        "lines", List.of(Map.of("sku", order.get("sku"), "quantity", 1, "reason", "too small",
                                "condition", "SELLABLE")), "receivedAt", Instant.now().toString()))
                .publish("fulfillment.events");
        processed(received);

        assertThat(status(order.get("orderId"), "return_status")).isEqualTo("RETURNED");
        assertThat(status(order.get("orderId"), "payment_status")).isEqualTo("REFUND_PENDING");
        assertThat(Orders.outboxEvents(CheckoutEventTypes.ORDER_RETURNED, order.get("orderId"))).isEqualTo(1);
    }

    @Test
    void a_late_authorisation_of_a_cancelled_order_is_refused_and_kept_on_the_timeline() {
        Map<String, String> order = Orders.placed("30.00");
        payment(PaymentEventsConsumer.REFUSED, order.get("orderId"));

        payment(PaymentEventsConsumer.AUTHORIZED, order.get("orderId"));

        assertThat(status(order.get("orderId"), "order_status")).isEqualTo("CANCELLED");
        assertThat(TestDatabase.count("select count(*) from order_event where order_id = cast(? as uuid) "
                + "and event_type = 'payment-authorized-refused'", order.get("orderId"))).isEqualTo(1);
        Shoppers.anonymous(order.get("token")).when().get("/v1/orders/" + order.get("orderId")).then()
                .statusCode(200).body("status.order", equalTo("CANCELLED"));
    }

    @Test
    void events_about_orders_checkout_does_not_know_are_ignored() {
        TestEvent expired = TestEvent.of(EventTypes.FULFILLMENT_RESERVATION_EXPIRED).subject("order-from-elsewhere")
                .data(Map.of("reservationId", UUID.randomUUID().toString(), "orderId", "order-from-elsewhere",
                        "expiredAt", Instant.now().toString())).publish("fulfillment.events");

        processed(expired);
    }
}
