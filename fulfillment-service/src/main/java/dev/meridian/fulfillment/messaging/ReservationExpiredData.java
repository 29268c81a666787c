package dev.meridian.fulfillment.messaging;

import java.time.Instant;
import java.util.UUID;

/** Checkout cancels the unpaid order when its hold expired (saga compensation). */
public record ReservationExpiredData(UUID reservationId, String orderId, Instant expiredAt) {
}
