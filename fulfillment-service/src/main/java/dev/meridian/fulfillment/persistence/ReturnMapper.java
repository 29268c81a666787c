package dev.meridian.fulfillment.persistence;

import dev.meridian.fulfillment.domain.returns.ReturnCase;
import dev.meridian.fulfillment.domain.returns.ReturnCondition;
import dev.meridian.fulfillment.domain.returns.ReturnLine;
import dev.meridian.fulfillment.domain.returns.ReturnStatus;

public final class ReturnMapper {

    private ReturnMapper() {
    }

    public static ReturnEntity toEntity(ReturnCase r, ReturnEntity e, String customerId) {
        e.id = r.id();
        e.shipmentId = r.shipmentId();
        e.orderId = r.orderId();
        if (customerId != null) {
            e.customerId = customerId;
        }
        e.market = r.market();
        e.destination = r.destination();
        e.status = r.status().name();
        e.lines = new JsonColumns.ReturnLines(r.lines().stream().map(l -> new JsonColumns.ReturnLineRow(l.sku(), l.quantity(),
                l.reason(), l.condition() == null ? null : l.condition().name())).toList());
        e.trackingNumber = r.trackingNumber();
        e.openedAt = r.openedAt();
        e.receivedAt = r.receivedAt();
        return e;
    }

    public static ReturnCase toDomain(ReturnEntity e) {
        return new ReturnCase(e.id, e.shipmentId, e.orderId, e.market, e.destination, ReturnStatus.valueOf(e.status),
                e.lines.items().stream().map(l -> new ReturnLine(l.sku(), l.quantity(), l.reason(),
                        l.condition() == null ? null : ReturnCondition.valueOf(l.condition()))).toList(),
                e.trackingNumber, e.openedAt, e.receivedAt);
    }
}
