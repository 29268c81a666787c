package dev.meridian.checkout.api.order;

import dev.meridian.checkout.service.order.OrderPage;
import java.util.List;

/** A page of orders, newest first; pass {@code next} as {@code cursor} for the following page (null: last page). */
public record OrderPageResponse(List<OrderResponse> orders, String next) {

    public static OrderPageResponse of(OrderPage page) {
        return new OrderPageResponse(page.orders().stream().map(OrderResponse::of).toList(), page.next());
    }
}
