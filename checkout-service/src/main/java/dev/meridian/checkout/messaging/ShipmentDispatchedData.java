package dev.meridian.checkout.messaging;

import java.util.List;

/** What checkout reads from fulfillment's shipment.dispatched (docs/events/fulfillment/shipment.dispatched.v1.json). */
public record ShipmentDispatchedData(String shipmentId, String orderId, List<Line> lines) {

    public record Line(String sku, int quantity) {
    }
}
