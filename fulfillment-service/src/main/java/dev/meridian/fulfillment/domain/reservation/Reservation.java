package dev.meridian.fulfillment.domain.reservation;

import dev.meridian.platform.failure.StateConflict;
import dev.meridian.fulfillment.domain.routing.RoutingDecision;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Stock held for one order (at most one reservation per order id). All of its lines were reserved together or
 * none was; it ends confirmed, released, or expired when its TTL passes.
 */
public record Reservation(UUID id, String orderId, String market, String destinationCountry, ReservationStatus status,
                          List<ReservationLine> lines, RoutingDecision routing, Instant createdAt, Instant expiresAt) {

    public Reservation {
        lines = List.copyOf(lines);
    }

    /** @param market the catalog's market (policies); {@code destinationCountry} decided the routing */
    public static Reservation hold(String orderId, String market, String destinationCountry, RoutingDecision routing,
                                   Instant now, java.time.Duration ttl) {
        List<ReservationLine> lines = routing.allocations().stream()
                .flatMap(a -> a.lines().stream().map(l -> new ReservationLine(l.sku(), a.location(), l.quantity())))
                .toList();
        return new Reservation(UUID.randomUUID(), orderId, market, destinationCountry, ReservationStatus.HELD, lines,
                routing, now, now.plus(ttl));
    }

    public boolean isExpiredAt(Instant now) {
        return status == ReservationStatus.HELD && !now.isBefore(expiresAt);
    }

    /** Confirming is only possible while the hold is still valid: an expired hold's units may be sold already. */
    public Reservation confirm(Instant now) {
        if (status == ReservationStatus.CONFIRMED) {
            return this;
        }
        if (status != ReservationStatus.HELD || isExpiredAt(now)) {
            throw new StateConflict("reservation " + id + " is " + (isExpiredAt(now) ? "expired" : status)
                    + " and cannot be confirmed");
        }
        return withStatus(ReservationStatus.CONFIRMED);
    }

    public Reservation release() {
        if (status == ReservationStatus.RELEASED || status == ReservationStatus.EXPIRED) {
            return this;
        }
        if (status == ReservationStatus.CONFIRMED) {
            throw new StateConflict("reservation " + id + " is confirmed; its stock is allocated to shipments");
        }
        return withStatus(ReservationStatus.RELEASED);
    }

    public Reservation expire(Instant now) {
        if (!isExpiredAt(now)) {
            throw new StateConflict("reservation " + id + " has not expired");
        }
        return withStatus(ReservationStatus.EXPIRED);
    }

    private Reservation withStatus(ReservationStatus next) {
        return new Reservation(id, orderId, market, destinationCountry, next, lines, routing, createdAt, expiresAt);
    }
}
