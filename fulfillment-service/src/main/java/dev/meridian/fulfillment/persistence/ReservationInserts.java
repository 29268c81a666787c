package dev.meridian.fulfillment.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.domain.reservation.Reservation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Inserts a new reservation unless its order already has one, in one statement. The unique order id is the
 * idempotency guard: a concurrent duplicate waits on the index entry until the first transaction ends, then
 * finds the row (replay) or, if the first rolled back, inserts. Row shape as {@link ReservationEntity} maps it.
 */
@ApplicationScoped
public class ReservationInserts {

    private static final String INSERT = """
            insert into reservation (id, order_id, market, status, lines, routing_reason, routing_explanation,
              created_at, expires_at, updated_at, version)
            values (:id, :orderId, :market, :status, cast(cast(:lines as text) as jsonb), :reason, :explanation,
              :createdAt, :expiresAt, :updatedAt, 0)
            on conflict (order_id) do nothing""";

    private final ObjectMapper json = new ObjectMapper();

    /** @return false when the order already has a reservation (nothing inserted) */
    public Uni<Boolean> insertIfAbsent(Reservation reservation, Instant now) {
        ReservationEntity row = ReservationMapper.toEntity(reservation, new ReservationEntity(), now);
        String lines;
        try {
            lines = json.writeValueAsString(row.lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reservation lines not serializable", e);
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT)
                        .setParameter("id", row.id)
                        .setParameter("orderId", row.orderId)
                        .setParameter("market", row.market)
                        .setParameter("status", row.status)
                        .setParameter("lines", lines)
                        .setParameter("reason", row.routingReason)
                        .setParameter("explanation", row.routingExplanation)
                        .setParameter("createdAt", utc(row.createdAt))
                        .setParameter("expiresAt", utc(row.expiresAt))
                        .setParameter("updatedAt", utc(row.updatedAt))
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
