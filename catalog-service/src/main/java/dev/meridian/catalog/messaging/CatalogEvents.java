package dev.meridian.catalog.messaging;

/** Topic and CloudEvents types catalog publishes; payload schemas live in docs/events/catalog/. */
public final class CatalogEvents {

    public static final String TOPIC = "catalog.events";
    public static final String PRODUCT_CREATED = "meridian.catalog.product.created.v1";
    public static final String PRODUCT_PUBLISHED = "meridian.catalog.product.published.v1";
    public static final String PRODUCT_UPDATED = "meridian.catalog.product.updated.v1";
    public static final String PRODUCT_UNPUBLISHED = "meridian.catalog.product.unpublished.v1";
    public static final String PRICE_CHANGED = "meridian.catalog.price.changed.v1";

    private CatalogEvents() {
    }
}
