package dev.meridian.fulfillment.service.reservation;

import dev.meridian.fulfillment.domain.reservation.Reservation;

/** What reserving for an order did: reserved now, found the same reservation again, or found a different one. */
public sealed interface ReservationOutcome {

    Reservation reservation();

    /** The stock was reserved by this request. */
    record Created(Reservation reservation) implements ReservationOutcome {
    }

    /** A retry: the order already had this reservation, nothing changed. */
    record Replayed(Reservation reservation) implements ReservationOutcome {
    }

    /** The order already has a reservation for a different request; nothing changed. */
    record Mismatch(Reservation reservation, String difference) implements ReservationOutcome {
    }
}
