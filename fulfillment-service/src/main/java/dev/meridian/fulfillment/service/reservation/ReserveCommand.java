package dev.meridian.fulfillment.service.reservation;

import java.util.List;

/**
 * Reserve stock for an order going to {@code destinationCountry} in the catalog's {@code market}. {@code orderId} is
 * the natural idempotency key: the same command again replays the first reservation; the same order id with other
 * lines, market, destination or TTL is refused.
 */
public record ReserveCommand(String orderId, String market, String destinationCountry, List<Line> lines,
                             Integer ttlSeconds) {

    public ReserveCommand {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, int quantity) {
    }
}
