package dev.meridian.checkout.domain.order;

/** The payment axis, as payment-service reports it; VOIDED and REFUND_PENDING are asked of it through events. */
public enum PaymentStatus {
    PENDING, AUTHORIZED, REFUSED, VOIDED, REFUND_PENDING, REFUNDED
}
