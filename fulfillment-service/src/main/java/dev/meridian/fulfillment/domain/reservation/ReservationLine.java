package dev.meridian.fulfillment.domain.reservation;

import static dev.meridian.platform.failure.RuleViolation.require;

import dev.meridian.fulfillment.domain.stock.StockKey;

/** Units of one SKU held at the location routing chose for it. */
public record ReservationLine(String sku, String location, int quantity) {

    public ReservationLine {
        require(quantity > 0, "quantity", "must be positive");
    }

    public StockKey key() {
        return new StockKey(sku, location);
    }
}
