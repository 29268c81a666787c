package dev.meridian.checkout.messaging;

/**
 * What checkout reads from payment-service's payment.authorized / refused / refunded: the payment, the order it pays
 * and, when refused, why. payment-service does not exist yet; this is the contract checkout expects (its schema will
 * be docs/events/payment/*.json).
 */
public record PaymentData(String paymentId, String orderId, String reason) {
}
