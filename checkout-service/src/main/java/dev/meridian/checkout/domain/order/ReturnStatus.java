package dev.meridian.checkout.domain.order;

/** The return axis: nothing returned, some dispatched units returned, or all of them. */
public enum ReturnStatus {
    NONE, PARTIALLY_RETURNED, RETURNED
}
