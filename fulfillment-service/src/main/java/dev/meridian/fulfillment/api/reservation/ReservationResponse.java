package dev.meridian.fulfillment.api.reservation;

import dev.meridian.fulfillment.domain.reservation.Reservation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ReservationResponse(UUID id, String orderId, String market, String destinationCountry, String status,
                                  List<Line> lines,
                                  Routing routing, Instant createdAt, Instant expiresAt) {

    public record Line(String sku, String location, int quantity) {
    }

    public record Routing(String reason, String explanation) {
    }

    public static ReservationResponse of(Reservation r) {
        return new ReservationResponse(r.id(), r.orderId(), r.market(), r.destinationCountry(), r.status().name(),
                r.lines().stream().map(l -> new Line(l.sku(), l.location(), l.quantity())).toList(),
                new Routing(r.routing().reason().name(), r.routing().explanation()), r.createdAt(), r.expiresAt());
    }
}
