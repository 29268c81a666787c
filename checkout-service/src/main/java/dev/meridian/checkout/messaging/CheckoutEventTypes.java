package dev.meridian.checkout.messaging;

/**
 * Checkout's topic and the CloudEvents types it publishes; payload schemas live in docs/events/checkout/. Kept here
 * until they join the platform's EventTypes. Every order event carries the order's state on all four axes and the
 * moves that this event made ({@code changes}); these are what integrators receive as webhooks.
 */
public final class CheckoutEventTypes {

    public static final String TOPIC = "checkout.events";

    public static final String ORDER_PLACED = "meridian.checkout.order.placed.v1";
    public static final String ORDER_CONFIRMED = "meridian.checkout.order.confirmed.v1";
    public static final String ORDER_CANCELLED = "meridian.checkout.order.cancelled.v1";
    public static final String ORDER_FULFILLMENT_CHANGED = "meridian.checkout.order.fulfillment-changed.v1";
    public static final String ORDER_RETURNED = "meridian.checkout.order.returned.v1";
    public static final String ORDER_REFUNDED = "meridian.checkout.order.refunded.v1";
    public static final String CART_ABANDONED = "meridian.checkout.cart.abandoned.v1";

    private CheckoutEventTypes() {
    }
}
