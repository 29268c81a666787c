package dev.meridian.checkout.domain.order;

/** Where an order stands on each of its four independent axes (as commercetools keeps order, payment, shipment). */
public record OrderState(OrderStatus order, PaymentStatus payment, FulfillmentStatus fulfillment, ReturnStatus returns) {

    public static final OrderState PLACED = new OrderState(OrderStatus.AWAITING_PAYMENT, PaymentStatus.PENDING,
            FulfillmentStatus.HELD, ReturnStatus.NONE);
}
