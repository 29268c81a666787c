package dev.meridian.fulfillment.messaging;

import dev.meridian.fulfillment.domain.shipment.Shipment;
import java.time.Instant;
import java.util.UUID;

/** Starts the withdrawal window shown to the shopper. */
public record ShipmentDeliveredData(UUID shipmentId, String orderId, String market, String trackingNumber,
                                    Instant deliveredAt) {

    public static ShipmentDeliveredData of(Shipment s, Instant at) {
        return new ShipmentDeliveredData(s.id(), s.orderId(), s.market(), s.trackingNumber(), at);
    }
}
