package dev.meridian.webhook.support;

import static org.awaitility.Awaitility.await;

import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.TestDatabase;
import dev.meridian.platform.testing.TestEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events as fulfillment publishes them (checked against its schemas in docs/events by {@link TestEvent}), through the
 * real broker on {@link #TOPIC}; {@link #publish} waits until the webhook service has logged the event.
 */
public final class Events {

    public static final String TOPIC = "fulfillment.events";
    /** Subject: the order id (fulfillment keys it by order), so events of one order are one aggregate. */
    public static final String RESERVATION_EXPIRED = EventTypes.FULFILLMENT_RESERVATION_EXPIRED;
    /** Names its market: for market filters. */
    public static final String SHIPMENT_DISPATCHED = EventTypes.FULFILLMENT_SHIPMENT_DISPATCHED;

    private Events() {
    }

    /** A hold of the order's stock expired (subject: the order id). */
    public static TestEvent expired(String orderId) {
        return TestEvent.of(RESERVATION_EXPIRED).subject(orderId).data(Map.of(
                "reservationId", UUID.randomUUID().toString(), "orderId", orderId,
                "expiredAt", Instant.now().toString()));
    }

    /** A shipment of the order left for {@code market} (subject: the shipment id). */
    public static TestEvent dispatched(String orderId, String market) {
        String shipmentId = UUID.randomUUID().toString();
        return TestEvent.of(SHIPMENT_DISPATCHED).subject(shipmentId).data(Map.ofEntries(
                Map.entry("shipmentId", shipmentId), Map.entry("orderId", orderId), Map.entry("market", market),
                Map.entry("fromLocation", "WH-ORIGIN"), Map.entry("destinationCountry", market),
                Map.entry("carrier", "simpost"), Map.entry("service", "standard"),
                Map.entry("trackingNumber", "SP" + shipmentId.substring(0, 8)),
                Map.entry("lines", List.of(Map.of("sku", "SKU-1", "quantity", 1))),
                Map.entry("incoterm", "DDP"), Map.entry("dispatchedAt", Instant.now().toString())));
    }

    /** Publishes and waits until the webhook service has logged it; its id. */
    public static String publish(TestEvent event) {
        event.publish(TOPIC);
        awaitLogged(event.id());
        return event.id();
    }

    public static void awaitLogged(String eventId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> TestDatabase.count(
                "select count(*) from event_log where event_id = ?", eventId) == 1);
    }
}
