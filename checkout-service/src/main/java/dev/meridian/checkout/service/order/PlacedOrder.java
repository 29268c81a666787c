package dev.meridian.checkout.service.order;

import dev.meridian.checkout.domain.order.Order;

/** The order a placement answers with; {@code created} is false when it already existed (a retry). */
public record PlacedOrder(Order order, boolean created) {
}
