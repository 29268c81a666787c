package dev.meridian.fulfillment.domain.shipment;

import java.time.Instant;

/**
 * Where a shipment is. {@link #progress()} orders the states: a tracking update may only move a shipment to a
 * state of higher progress, so a late or duplicated carrier event never moves it backwards. LABEL_FAILED is a
 * visible dead end an operator resolves (retry the label, or change carrier).
 */
public sealed interface ShipmentState {

    int progress();

    String code();

    record AwaitingLabel() implements ShipmentState {
        public int progress() { return 0; }
        public String code() { return "awaiting-label"; }
    }

    record LabelFailed(String reason) implements ShipmentState {
        public int progress() { return 0; }
        public String code() { return "label-failed"; }
    }

    record LabelCreated() implements ShipmentState {
        public int progress() { return 1; }
        public String code() { return "label-created"; }
    }

    record Dispatched(Instant at) implements ShipmentState {
        public int progress() { return 2; }
        public String code() { return "dispatched"; }
    }

    record InTransit(Instant at) implements ShipmentState {
        public int progress() { return 3; }
        public String code() { return "in-transit"; }
    }

    record OutForDelivery(Instant at) implements ShipmentState {
        public int progress() { return 4; }
        public String code() { return "out-for-delivery"; }
    }

    record Delivered(Instant at) implements ShipmentState {
        public int progress() { return 5; }
        public String code() { return "delivered"; }
    }
}
