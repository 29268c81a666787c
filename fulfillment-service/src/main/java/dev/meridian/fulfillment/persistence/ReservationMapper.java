package dev.meridian.fulfillment.persistence;

import dev.meridian.fulfillment.domain.reservation.Reservation;
import dev.meridian.fulfillment.domain.reservation.ReservationLine;
import dev.meridian.fulfillment.domain.reservation.ReservationStatus;
import dev.meridian.fulfillment.domain.routing.Allocation;
import dev.meridian.fulfillment.domain.routing.OrderLine;
import dev.meridian.fulfillment.domain.routing.RoutingDecision;
import dev.meridian.fulfillment.domain.routing.RoutingReason;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class ReservationMapper {

    private ReservationMapper() {
    }

    public static ReservationEntity toEntity(Reservation r, ReservationEntity e, Instant now) {
        e.id = r.id();
        e.orderId = r.orderId();
        e.market = r.market();
        e.destinationCountry = r.destinationCountry();
        e.status = r.status().name();
        e.lines = new JsonColumns.Lines(r.lines().stream().map(l -> new JsonColumns.Line(l.sku(), l.location(), l.quantity())).toList());
        e.routingReason = r.routing().reason().name();
        e.routingExplanation = r.routing().explanation();
        e.createdAt = r.createdAt();
        e.expiresAt = r.expiresAt();
        e.updatedAt = now;
        return e;
    }

    public static Reservation toDomain(ReservationEntity e) {
        List<ReservationLine> lines = e.lines.items().stream()
                .map(l -> new ReservationLine(l.sku(), l.location(), l.quantity())).toList();
        Map<String, List<OrderLine>> byLocation = new LinkedHashMap<>();
        lines.forEach(l -> byLocation.computeIfAbsent(l.location(), k -> new java.util.ArrayList<>())
                .add(new OrderLine(l.sku(), l.quantity())));
        RoutingDecision routing = new RoutingDecision(byLocation.entrySet().stream()
                .map(x -> new Allocation(x.getKey(), x.getValue())).toList(),
                RoutingReason.valueOf(e.routingReason), e.routingExplanation);
        return new Reservation(e.id, e.orderId, e.market, e.destinationCountry, ReservationStatus.valueOf(e.status),
                lines, routing,
                e.createdAt, e.expiresAt);
    }
}
