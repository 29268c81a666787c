package dev.meridian.fulfillment.messaging;

import dev.meridian.fulfillment.domain.reservation.Reservation;
import dev.meridian.fulfillment.domain.returns.ReturnCase;
import dev.meridian.fulfillment.domain.shipment.Shipment;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Records fulfillment's milestone events in the outbox, inside the caller's transaction, keyed by the aggregate id.
 * Payload schemas live in docs/events/fulfillment/; stock.changed has {@link StockEvents}.
 */
@ApplicationScoped
public class FulfillmentEvents {

    public static final String TOPIC = "fulfillment.events";

    private final Outbox outbox;

    public FulfillmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Checkout cancels the unpaid order (saga compensation); keyed by order id. */
    public Uni<Void> reservationExpired(Reservation expired, Instant at) {
        return outbox.record(TOPIC, EventTypes.FULFILLMENT_RESERVATION_EXPIRED, expired.orderId(),
                new ReservationExpiredData(expired.id(), expired.orderId(), at)).replaceWithVoid();
    }

    public Uni<Void> shipmentDispatched(Shipment shipment, Instant at) {
        return outbox.record(TOPIC, EventTypes.FULFILLMENT_SHIPMENT_DISPATCHED, shipment.id().toString(),
                ShipmentDispatchedData.of(shipment, at)).replaceWithVoid();
    }

    public Uni<Void> shipmentDelivered(Shipment shipment, Instant at) {
        return outbox.record(TOPIC, EventTypes.FULFILLMENT_SHIPMENT_DELIVERED, shipment.id().toString(),
                ShipmentDeliveredData.of(shipment, at)).replaceWithVoid();
    }

    /** Payment refunds the returned lines. */
    public Uni<Void> returnReceived(ReturnCase received) {
        return outbox.record(TOPIC, EventTypes.FULFILLMENT_RETURN_RECEIVED, received.id().toString(),
                ReturnReceivedData.of(received)).replaceWithVoid();
    }
}
