package dev.meridian.catalog.messaging;

/** Topic and CloudEvents types catalog publishes; payload schemas live in docs/events/catalog/. */
public final class CatalogEvents {

    public static final String TOPIC = "catalog.events";
    public static final String PRODUCT_CREATED = "meridian.catalog.product.created.v1";

    private CatalogEvents() {
    }
}
