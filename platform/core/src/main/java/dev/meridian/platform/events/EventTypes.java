package dev.meridian.platform.events;

/**
 * Every CloudEvent {@code type} Meridian puts on a topic: the published contract, in one place, so a producer
 * and its consumers can never spell a type two ways. Each has a JSON Schema under {@code docs/events/<service>/}
 * named after the part after the service ({@code product.published.v1.json}); {@link #schemaPath} finds it.
 * Adding a type here without its schema fails {@code EventTypesTest}.
 */
public final class EventTypes {

    public static final String CATALOG_PRODUCT_CREATED = "meridian.catalog.product.created.v1";
    public static final String CATALOG_PRODUCT_PUBLISHED = "meridian.catalog.product.published.v1";
    public static final String CATALOG_PRODUCT_UPDATED = "meridian.catalog.product.updated.v1";
    public static final String CATALOG_PRODUCT_UNPUBLISHED = "meridian.catalog.product.unpublished.v1";
    public static final String CATALOG_PRICE_CHANGED = "meridian.catalog.price.changed.v1";

    public static final String COMPLIANCE_PRODUCT_MARKET_STATUS = "meridian.compliance.product.market-status.v1";
    public static final String COMPLIANCE_DSR_REQUESTED = "meridian.compliance.dsr.requested.v1";
    public static final String COMPLIANCE_DSR_ACKNOWLEDGED = "meridian.compliance.dsr.acknowledged.v1";

    public static final String FULFILLMENT_STOCK_CHANGED = "meridian.fulfillment.stock.changed.v1";
    public static final String FULFILLMENT_RESERVATION_EXPIRED = "meridian.fulfillment.reservation.expired.v1";
    public static final String FULFILLMENT_SHIPMENT_DISPATCHED = "meridian.fulfillment.shipment.dispatched.v1";
    public static final String FULFILLMENT_SHIPMENT_DELIVERED = "meridian.fulfillment.shipment.delivered.v1";
    public static final String FULFILLMENT_RETURN_RECEIVED = "meridian.fulfillment.return.received.v1";

    public static final String CHECKOUT_ORDER_PLACED = "meridian.checkout.order.placed.v1";
    public static final String CHECKOUT_ORDER_CONFIRMED = "meridian.checkout.order.confirmed.v1";
    public static final String CHECKOUT_ORDER_CANCELLED = "meridian.checkout.order.cancelled.v1";
    public static final String CHECKOUT_ORDER_FULFILLMENT_CHANGED = "meridian.checkout.order.fulfillment-changed.v1";
    public static final String CHECKOUT_ORDER_RETURNED = "meridian.checkout.order.returned.v1";
    public static final String CHECKOUT_ORDER_REFUNDED = "meridian.checkout.order.refunded.v1";
    public static final String CHECKOUT_CART_ABANDONED = "meridian.checkout.cart.abandoned.v1";

    public static final String WEBHOOK_ENDPOINT_FAILING = "meridian.webhook.endpoint.failing.v1";
    public static final String WEBHOOK_ENDPOINT_DISABLED = "meridian.webhook.endpoint.disabled.v1";
    public static final String WEBHOOK_MESSAGE_EXHAUSTED = "meridian.webhook.message.exhausted.v1";

    private EventTypes() {
    }

    /** {@code meridian.catalog.product.published.v1} → {@code catalog/product.published.v1.json}. */
    public static String schemaPath(String type) {
        if (!type.startsWith("meridian.") || type.chars().filter(c -> c == '.').count() < 3) {
            throw new IllegalArgumentException("not a Meridian event type: " + type);
        }
        String rest = type.substring("meridian.".length());
        int dot = rest.indexOf('.');
        return rest.substring(0, dot) + "/" + rest.substring(dot + 1) + ".json";
    }
}
