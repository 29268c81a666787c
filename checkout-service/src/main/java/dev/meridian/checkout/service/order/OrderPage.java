package dev.meridian.checkout.service.order;

import dev.meridian.checkout.domain.order.Order;
import java.util.List;

/** A page of orders and the cursor of the next page (null on the last page). */
public record OrderPage(List<Order> orders, String next) {
}
