package dev.meridian.checkout.client.fulfillment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What fulfillment answered to a reservation: held (all lines), or refused and why. Nothing else is an answer. */
public sealed interface ReservationResult {

    record Held(UUID reservationId, String status, Instant expiresAt) implements ReservationResult {
    }

    /** Not enough stock for these SKUs; nothing was reserved. */
    record InsufficientStock(List<String> skus, String detail) implements ReservationResult {
    }

    /** Fulfillment refused the request itself (unknown SKU, same order id with other lines, ...). */
    record Refused(int status, String detail) implements ReservationResult {
    }
}
