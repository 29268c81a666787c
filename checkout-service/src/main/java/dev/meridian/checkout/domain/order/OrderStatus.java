package dev.meridian.checkout.domain.order;

/** The order axis: placed and waiting for payment, confirmed (paid), completed (all shipped), or cancelled. */
public enum OrderStatus {
    AWAITING_PAYMENT, CONFIRMED, COMPLETED, CANCELLED
}
