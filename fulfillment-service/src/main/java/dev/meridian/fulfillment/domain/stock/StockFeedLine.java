package dev.meridian.fulfillment.domain.stock;

import static dev.meridian.platform.failure.RuleViolation.require;

/**
 * One line of the ERP stock feed: the counted on-hand quantity of a SKU at a location, as of {@code version}
 * (a sequence number, or a timestamp in epoch milliseconds: both only ever grow for one SKU and location).
 */
public record StockFeedLine(String sku, String location, long onHand, long version) {

    public StockFeedLine {
        require(sku != null && !sku.isBlank(), "sku", "is required");
        require(location != null && !location.isBlank(), "location", "is required");
        require(onHand >= 0, "onHand", "must not be negative");
        require(version > 0, "sequence", "must be positive");
    }

    public StockKey key() {
        return new StockKey(sku, location);
    }
}
