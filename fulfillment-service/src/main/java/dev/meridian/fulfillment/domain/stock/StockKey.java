package dev.meridian.fulfillment.domain.stock;

/** Stock is counted per SKU per location. */
public record StockKey(String sku, String location) implements Comparable<StockKey> {

    /** A fixed order for taking row locks, so two multi-line reservations never deadlock each other. */
    @Override
    public int compareTo(StockKey other) {
        int bySku = sku.compareTo(other.sku);
        return bySku != 0 ? bySku : location.compareTo(other.location);
    }
}
