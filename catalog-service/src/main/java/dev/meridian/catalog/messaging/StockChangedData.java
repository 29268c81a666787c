package dev.meridian.catalog.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** The part of fulfillment's stock.changed.v1 catalog needs (docs/events/fulfillment/stock.changed.v1.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StockChangedData(String sku, String location, Long available, Instant changedAt) {
}
