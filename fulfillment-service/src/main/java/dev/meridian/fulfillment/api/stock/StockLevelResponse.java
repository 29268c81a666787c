package dev.meridian.fulfillment.api.stock;

import dev.meridian.fulfillment.domain.stock.StockLevel;

public record StockLevelResponse(String sku, String location, long onHand, long reserved, long allocated, long available,
                                 long feedVersion) {

    public static StockLevelResponse of(StockLevel l) {
        return new StockLevelResponse(l.key().sku(), l.key().location(), l.onHand(), l.reserved(), l.allocated(), l.available(),
                l.feedVersion());
    }
}
