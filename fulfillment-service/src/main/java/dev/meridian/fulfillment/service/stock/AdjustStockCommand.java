package dev.meridian.fulfillment.service.stock;

/** {@code delta}: positive for received goods, negative for shrinkage or damage. */
public record AdjustStockCommand(String sku, String location, long delta, String reason) {
}
