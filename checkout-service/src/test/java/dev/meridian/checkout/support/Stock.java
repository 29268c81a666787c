package dev.meridian.checkout.support;

import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.TestEvent;
import java.time.Instant;
import java.util.Map;

/** Fulfillment's stock.changed events as fulfillment publishes them (schema-checked), through the broker. */
public final class Stock {

    private Stock() {
    }

    public static void report(String sku, String location, long available) {
        TestEvent event = TestEvent.of(EventTypes.FULFILLMENT_STOCK_CHANGED).subject(sku).data(Map.of(
                "sku", sku, "location", location, "onHand", available, "reserved", 0, "available", available,
                "reason", "feed", "changedAt", Instant.now().toString())).publish("fulfillment.events");
        Catalog.awaitProcessed(event.id());
    }
}
