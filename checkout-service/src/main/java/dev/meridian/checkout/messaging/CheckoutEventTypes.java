package dev.meridian.checkout.messaging;

/**
 * Checkout's topic and the CloudEvents types it publishes; payload schemas live in docs/events/checkout/. Kept here
 * until they join the platform's EventTypes.
 */
public final class CheckoutEventTypes {

    public static final String TOPIC = "checkout.events";

    private CheckoutEventTypes() {
    }
}
