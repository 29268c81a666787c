package dev.meridian.fulfillment.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Every verified carrier webhook, stored once per (carrier, webhook id) before it is applied, in the caller's
 * transaction: a redelivery changes nothing, and two carriers may use the same ids.
 */
@ApplicationScoped
public class TrackingEventRepository {

    private static final String STORE = """
            insert into tracking_event (webhook_id, carrier, tracking_number, status, occurred_at, received_at,
              applied, payload)
            values (:id, :carrier, :number, :status, :occurredAt, :receivedAt, false, :payload)
            on conflict (carrier, webhook_id) do nothing""";
    private static final String APPLIED = """
            update tracking_event set shipment_id = :shipment, applied = :applied
            where webhook_id = :id and carrier = :carrier""";

    public record Received(String carrier, String webhookId, String trackingNumber, String status,
                           Instant occurredAt, Instant receivedAt, String payload) {
    }

    /** @return false when this webhook was stored before (a redelivery): nothing stored */
    public Uni<Boolean> insertIfNew(Received event) {
        return Panache.getSession().chain(s -> s.createNativeQuery(STORE)
                        .setParameter("id", event.webhookId()).setParameter("carrier", event.carrier())
                        .setParameter("number", event.trackingNumber()).setParameter("status", event.status())
                        .setParameter("occurredAt", event.occurredAt().atOffset(ZoneOffset.UTC))
                        .setParameter("receivedAt", event.receivedAt().atOffset(ZoneOffset.UTC))
                        .setParameter("payload", event.payload()).executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** Records which shipment the event was for and whether it changed it. */
    public Uni<Void> markApplied(String carrier, String webhookId, UUID shipmentId, boolean applied) {
        return Panache.getSession().chain(s -> s.createNativeQuery(APPLIED)
                .setParameter("shipment", shipmentId).setParameter("applied", applied)
                .setParameter("id", webhookId).setParameter("carrier", carrier).executeUpdate()).replaceWithVoid();
    }
}
