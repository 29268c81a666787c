package dev.meridian.fulfillment.domain.shipment;

/** The outcome of applying a tracking update: the shipment after it and which milestones it newly reached. */
public record Transition(Shipment shipment, boolean changed, boolean dispatchedNow, boolean deliveredNow) {
}
