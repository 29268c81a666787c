package dev.meridian.fulfillment.domain.shipment;

import java.time.Instant;

/** The carrier milestones Meridian understands, mapped from each carrier's own codes by its adapter. */
public enum TrackingStatus {
    PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED;

    ShipmentState toState(Instant at) {
        return switch (this) {
            case PICKED_UP -> new ShipmentState.Dispatched(at);
            case IN_TRANSIT -> new ShipmentState.InTransit(at);
            case OUT_FOR_DELIVERY -> new ShipmentState.OutForDelivery(at);
            case DELIVERED -> new ShipmentState.Delivered(at);
        };
    }
}
