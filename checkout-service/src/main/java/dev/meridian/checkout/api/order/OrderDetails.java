package dev.meridian.checkout.api.order;

import dev.meridian.checkout.service.order.OrderDetail;

/** Order detail → wire, with the timeline. */
final class OrderDetails {

    private OrderDetails() {
    }

    static OrderResponse of(OrderDetail d) {
        return OrderResponse.of(d.order(), d.timeline().stream().map(e -> new OrderResponse.TimelineEntry(e.at(),
                e.eventType(), "-".equals(e.to()) ? null : e.axis(), e.from(), "-".equals(e.to()) ? null : e.to(),
                e.detail())).toList());
    }
}
