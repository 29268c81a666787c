package dev.meridian.checkout.service.order;

import dev.meridian.checkout.domain.order.Order;
import dev.meridian.checkout.domain.order.OrderNote;
import dev.meridian.checkout.domain.order.TimelineEntry;
import java.util.List;

/** An order with its timeline (and, for staff, the merchant notes). */
public record OrderDetail(Order order, List<TimelineEntry> timeline, List<OrderNote> notes) {
}
