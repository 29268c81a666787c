package dev.meridian.checkout.messaging;

import java.time.Instant;

/** What checkout reads from fulfillment's stock.changed (docs/events/fulfillment/stock.changed.v1.json). */
public record StockChangedData(String sku, String location, long available, Instant changedAt) {
}
