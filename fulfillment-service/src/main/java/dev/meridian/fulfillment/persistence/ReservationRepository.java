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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reservations, in the caller's session and transaction. */
@ApplicationScoped
public class ReservationRepository {

    /**
     * Inserts a new reservation unless its order already has one, in one statement. The unique order id is the
     * idempotency guard: a concurrent duplicate waits on the index entry until the first transaction ends, then
     * finds the row (replay) or, if the first rolled back, inserts. Row shape as {@link ReservationEntity} maps it.
     */
    private static final String INSERT = """
            insert into reservation (id, order_id, market, destination_country, status, lines, routing_reason,
              routing_explanation, created_at, expires_at, updated_at, version)
            values (:id, :orderId, :market, :country, :status, cast(cast(:lines as text) as jsonb), :reason,
              :explanation, :createdAt, :expiresAt, :updatedAt, 0)
            on conflict (order_id) do nothing""";
    private static final String DUE = """
            select id from reservation where status = 'HELD' and expires_at <= :now
            order by expires_at limit :limit for update skip locked""";

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
                        .setParameter("country", row.destinationCountry)
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

    public Uni<Optional<Reservation>> find(UUID id) {
        return ReservationEntity.<ReservationEntity>findById(id)
                .map(e -> Optional.ofNullable(e).map(ReservationMapper::toDomain));
    }

    public Uni<Optional<Reservation>> findByOrderId(String orderId) {
        return ReservationEntity.<ReservationEntity>find("orderId", orderId).firstResult()
                .map(e -> Optional.ofNullable(e).map(ReservationMapper::toDomain));
    }

    /** Ids of held reservations whose TTL has passed, oldest first, skipping rows another instance has locked. */
    public Uni<List<UUID>> lockDue(Instant now, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(DUE, UUID.class)
                .setParameter("now", utc(now)).setParameter("limit", limit).getResultList());
    }

    /** Stores the new state of a reservation loaded in this session (its version guards concurrent writers). */
    public Uni<Void> update(Reservation next, Instant now) {
        return ReservationEntity.<ReservationEntity>findById(next.id())
                .chain(entity -> ReservationMapper.toEntity(next, entity, now).persist())
                .replaceWithVoid();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
