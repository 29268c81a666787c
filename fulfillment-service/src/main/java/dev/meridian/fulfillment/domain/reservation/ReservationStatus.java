package dev.meridian.fulfillment.domain.reservation;

/** HELD until confirmed (allocation), released by the caller, or expired by its TTL; the last three are final. */
public enum ReservationStatus {
    HELD, CONFIRMED, RELEASED, EXPIRED;

    public boolean isFinal() {
        return this != HELD;
    }
}
