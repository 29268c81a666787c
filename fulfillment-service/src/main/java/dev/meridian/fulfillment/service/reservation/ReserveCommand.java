package dev.meridian.fulfillment.service.reservation;

import java.util.List;

/**
 * Reserve stock for an order. {@code orderId} is the natural idempotency key: the same command again replays the
 * first reservation; the same order id with other lines, market or TTL is refused.
 */
public record ReserveCommand(String orderId, String market, List<Line> lines, Integer ttlSeconds) {

    public ReserveCommand {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, int quantity) {
    }
}
