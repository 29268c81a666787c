package dev.meridian.fulfillment.domain.stock;

import static dev.meridian.platform.failure.RuleViolation.require;

import java.time.Instant;

/**
 * One line of the ERP stock feed: the counted on-hand quantity of a SKU at a location, as of {@code version}
 * (a sequence number, or a timestamp in epoch milliseconds: both only ever grow for one SKU and location).
 * {@code countedAt} is when the ERP counted (its {@code asOf}); null when the feed did not say, and then the count
 * is taken as of the feed's submission.
 */
public record StockFeedLine(String sku, String location, long onHand, long version, Instant countedAt) {

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
