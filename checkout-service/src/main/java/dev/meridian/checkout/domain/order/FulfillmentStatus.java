package dev.meridian.checkout.domain.order;

/** The fulfillment axis: stock held, allocated (paid), partly or fully dispatched, or released. */
public enum FulfillmentStatus {
    HELD, ALLOCATED, PARTIALLY_FULFILLED, FULFILLED, RELEASED
}
