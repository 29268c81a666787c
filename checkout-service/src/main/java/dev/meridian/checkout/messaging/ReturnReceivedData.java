package dev.meridian.checkout.messaging;

import java.util.List;

/** What checkout reads from fulfillment's return.received (docs/events/fulfillment/return.received.v1.json). */
public record ReturnReceivedData(String returnId, String orderId, List<Line> lines) {

    public record Line(String sku, int quantity) {
    }
}
