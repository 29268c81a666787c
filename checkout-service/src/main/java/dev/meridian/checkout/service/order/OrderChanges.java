package dev.meridian.checkout.service.order;

import dev.meridian.checkout.domain.order.Order;
import java.time.Instant;
import java.util.List;

/** A page of the order change feed and the position to read from next (the last one returned, or the same). */
public record OrderChanges(List<Change> changes, long next) {

    public record Change(long position, String eventType, Instant at, Order order) {
    }
}
