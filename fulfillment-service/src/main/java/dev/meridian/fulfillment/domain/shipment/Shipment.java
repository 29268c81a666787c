package dev.meridian.fulfillment.domain.shipment;

import static dev.meridian.platform.failure.RuleViolation.require;

import dev.meridian.platform.failure.StateConflict;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Goods of one order leaving one location with one carrier service. */
public record Shipment(UUID id, String orderId, String market, String fromLocation, String fromCountry,
                       String destinationCountry, String carrier, String service, List<ShipmentLine> lines,
                       List<Parcel> parcels, CustomsDeclaration customs, ShipmentState state,
                       String trackingNumber, Instant createdAt) {

    private static final int DISPATCHED = new ShipmentState.Dispatched(Instant.EPOCH).progress();
    private static final int DELIVERED = new ShipmentState.Delivered(Instant.EPOCH).progress();

    public Shipment {
        require(lines != null && !lines.isEmpty(), "lines", "at least one line is required");
        require(parcels != null && !parcels.isEmpty(), "parcels", "at least one parcel is required");
        lines = List.copyOf(lines);
        parcels = List.copyOf(parcels);
    }

    /** Cross-border parcels without a commercial invoice are the ones that sit at customs; refuse them up front. */
    public static Shipment create(String orderId, String market, String fromLocation, String fromCountry,
                                  String destinationCountry, String carrier, String service, List<ShipmentLine> lines,
                                  List<Parcel> parcels, CustomsDeclaration customs, Instant now) {
        if (CustomsRules.requiresCustoms(fromCountry, destinationCountry)) {
            require(customs != null, "customs", "is required for a shipment from " + fromCountry + " to "
                    + destinationCountry);
        }
        return new Shipment(UUID.randomUUID(), orderId, market, fromLocation, fromCountry, destinationCountry,
                carrier, service, lines, parcels, customs, new ShipmentState.AwaitingLabel(), null, now);
    }

    public Shipment labelled(String trackingNumber) {
        requireLabelPending();
        return new Shipment(id, orderId, market, fromLocation, fromCountry, destinationCountry, carrier, service,
                lines, parcels, customs, new ShipmentState.LabelCreated(), trackingNumber, createdAt);
    }

    public Shipment labelFailed(String reason) {
        requireLabelPending();
        return with(new ShipmentState.LabelFailed(reason));
    }

    /** The carrier picked it up (or the warehouse handed it over): the same milestone as a PICKED_UP event. */
    public Transition dispatch(Instant at) {
        if (state.progress() < 1) {
            throw new StateConflict("shipment " + id + " has no label yet (" + state.code() + ")");
        }
        return track(TrackingStatus.PICKED_UP, at);
    }

    /**
     * Applies a carrier milestone. Never moves backwards: a milestone at or below the current progress (late,
     * duplicated or reordered delivery) changes nothing. Skipped milestones still count as reached, so a
     * shipment seen first IN_TRANSIT is also reported as dispatched.
     */
    public Transition track(TrackingStatus status, Instant at) {
        ShipmentState next = status.toState(at);
        if (state.progress() < 1 || next.progress() <= state.progress()) {
            return new Transition(this, false, false, false);
        }
        int before = state.progress();
        return new Transition(with(next), true, before < DISPATCHED && next.progress() >= DISPATCHED,
                before < DELIVERED && next.progress() >= DELIVERED);
    }

    public boolean isDelivered() {
        return state instanceof ShipmentState.Delivered;
    }

    private void requireLabelPending() {
        if (!(state instanceof ShipmentState.AwaitingLabel || state instanceof ShipmentState.LabelFailed)) {
            throw new StateConflict("shipment " + id + " already has a label (" + state.code() + ")");
        }
    }

    private Shipment with(ShipmentState next) {
        return new Shipment(id, orderId, market, fromLocation, fromCountry, destinationCountry, carrier, service,
                lines, parcels, customs, next, trackingNumber, createdAt);
    }
}
