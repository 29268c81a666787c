package dev.meridian.catalog.domain.storefront;

/** What a storefront shows about stock: exact counts stay internal. */
public enum Availability {
    IN_STOCK, LOW, OUT;

    public static final long LOW_THRESHOLD = 5;

    public static Availability of(long available) {
        if (available <= 0) {
            return OUT;
        }
        return available <= LOW_THRESHOLD ? LOW : IN_STOCK;
    }

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
