package dev.meridian.checkout.messaging;

/** What checkout reads from fulfillment's reservation.expired (docs/events/fulfillment/reservation.expired.v1.json). */
public record ReservationExpiredData(String reservationId, String orderId) {
}
