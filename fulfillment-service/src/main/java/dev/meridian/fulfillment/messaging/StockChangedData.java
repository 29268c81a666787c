package dev.meridian.fulfillment.messaging;

import dev.meridian.fulfillment.domain.stock.StockLevel;
import java.time.Instant;

/** The level after the change; catalog projects {@code available} into storefront availability. */
public record StockChangedData(String sku, String location, long onHand, long reserved, long available,
                               String reason, Instant changedAt) {

    public static StockChangedData of(StockLevel level, String reason, Instant now) {
        return new StockChangedData(level.key().sku(), level.key().location(), level.onHand(), level.reserved(),
                level.available(), reason, now);
    }
}
