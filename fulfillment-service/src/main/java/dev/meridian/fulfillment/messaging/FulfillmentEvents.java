package dev.meridian.fulfillment.messaging;

/** Topic and CloudEvents types fulfillment publishes; payload schemas live in docs/events/fulfillment/. */
public final class FulfillmentEvents {

    public static final String TOPIC = "fulfillment.events";
    public static final String STOCK_CHANGED = "meridian.fulfillment.stock.changed.v1";
    public static final String RESERVATION_EXPIRED = "meridian.fulfillment.reservation.expired.v1";
    public static final String SHIPMENT_DISPATCHED = "meridian.fulfillment.shipment.dispatched.v1";
    public static final String SHIPMENT_DELIVERED = "meridian.fulfillment.shipment.delivered.v1";
    public static final String RETURN_RECEIVED = "meridian.fulfillment.return.received.v1";

    private FulfillmentEvents() {
    }
}
