package dev.meridian.fulfillment.messaging;

import dev.meridian.fulfillment.domain.returns.ReturnCase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payment refunds the returned lines (condition tells it whether a deduction applies). */
public record ReturnReceivedData(UUID returnId, UUID shipmentId, String orderId, String market, String destination,
                                 List<Line> lines, Instant receivedAt) {

    public record Line(String sku, int quantity, String reason, String condition) {
    }

    public static ReturnReceivedData of(ReturnCase r) {
        return new ReturnReceivedData(r.id(), r.shipmentId(), r.orderId(), r.market(), r.destination(),
                r.lines().stream().map(l -> new Line(l.sku(), l.quantity(), l.reason(), l.condition().name()))
                        .toList(), r.receivedAt());
    }
}
