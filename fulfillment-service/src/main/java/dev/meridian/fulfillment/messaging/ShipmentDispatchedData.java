package dev.meridian.fulfillment.messaging;

import dev.meridian.fulfillment.domain.shipment.Shipment;
import dev.meridian.fulfillment.domain.shipment.ShipmentLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payment captures on dispatch; checkout shows the tracking number. */
public record ShipmentDispatchedData(UUID shipmentId, String orderId, String market, String fromLocation,
                                     String destinationCountry, String carrier, String service, String trackingNumber,
                                     List<Line> lines, String incoterm, Instant dispatchedAt) {

    public record Line(String sku, int quantity) {
    }

    public static ShipmentDispatchedData of(Shipment s, Instant at) {
        return new ShipmentDispatchedData(s.id(), s.orderId(), s.market(), s.fromLocation(), s.destinationCountry(),
                s.carrier(), s.service(), s.trackingNumber(),
                s.lines().stream().map((ShipmentLine l) -> new Line(l.sku(), l.quantity())).toList(),
                s.customs() == null ? null : s.customs().incoterm().name(), at);
    }
}
