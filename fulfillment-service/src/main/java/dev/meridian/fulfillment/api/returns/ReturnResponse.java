package dev.meridian.fulfillment.api.returns;

import dev.meridian.fulfillment.domain.returns.ReturnCase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ReturnResponse(UUID id, UUID shipmentId, String orderId, String market, String destination,
                             String status, List<Line> lines, Instant openedAt, Instant receivedAt) {

    public record Line(String sku, int quantity, String reason, String condition) {
    }

    public static ReturnResponse of(ReturnCase r) {
        return new ReturnResponse(r.id(), r.shipmentId(), r.orderId(), r.market(), r.destination(), r.status().name(),
                r.lines().stream().map(l -> new Line(l.sku(), l.quantity(), l.reason(),
                        l.condition() == null ? null : l.condition().name())).toList(), r.openedAt(), r.receivedAt());
    }
}
