package dev.meridian.checkout.service.catalog;

import java.time.Instant;

/** Fulfillment's latest availability of one SKU at one location. */
public record StockChangeCommand(String sku, String location, long available, Instant changedAt) {
}
