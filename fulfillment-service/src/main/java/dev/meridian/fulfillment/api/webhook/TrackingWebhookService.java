package dev.meridian.fulfillment.api.webhook;

import dev.meridian.fulfillment.api.shipment.ShipmentService;
import dev.meridian.fulfillment.domain.shipment.TrackingStatus;
import dev.meridian.fulfillment.persistence.ShipmentEntity;
import dev.meridian.fulfillment.persistence.ShipmentMapper;
import dev.meridian.fulfillment.persistence.TrackingEventEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Stores a verified tracking event once (keyed by webhook id) and applies it to its shipment in the same
 * transaction. Duplicates, late events and events for unknown tracking numbers are stored as not applied.
 */
@ApplicationScoped
public class TrackingWebhookService {

    private static final String STORE = """
            insert into tracking_event (webhook_id, carrier, tracking_number, status, occurred_at, received_at,
              applied, payload)
            values (:id, :carrier, :number, :status, :occurredAt, :receivedAt, false, :payload)
            on conflict (webhook_id) do nothing""";

    public enum Result { APPLIED, IGNORED, DUPLICATE }

    private final ShipmentService shipments;
    private final Clock clock;

    public TrackingWebhookService(ShipmentService shipments, Clock clock) {
        this.shipments = shipments;
        this.clock = clock;
    }

    public Uni<Result> receive(String carrier, String webhookId, TrackingUpdate update, TrackingStatus status,
                               String payload) {
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery(STORE)
                        .setParameter("id", webhookId).setParameter("carrier", carrier)
                        .setParameter("number", update.trackingNumber()).setParameter("status", status.name())
                        .setParameter("occurredAt", update.occurredAt().atOffset(ZoneOffset.UTC))
                        .setParameter("receivedAt", clock.instant().atOffset(ZoneOffset.UTC))
                        .setParameter("payload", payload).executeUpdate())
                .chain(inserted -> inserted == 0 ? Uni.createFrom().item(Result.DUPLICATE)
                        : apply(carrier, webhookId, update, status)));
    }

    private Uni<Result> apply(String carrier, String webhookId, TrackingUpdate update, TrackingStatus status) {
        return ShipmentEntity.find("trackingNumber = ?1 and carrier = ?2", update.trackingNumber(), carrier)
                .<ShipmentEntity>firstResult()
                .chain((ShipmentEntity entity) -> {
                    if (entity == null) {
                        return Uni.createFrom().item(Result.IGNORED);
                    }
                    var transition = ShipmentMapper.toDomain(entity).track(status, update.occurredAt());
                    return shipments.apply(entity, transition).chain(() -> TrackingEventEntity
                                    .<TrackingEventEntity>findById(webhookId))
                            .invoke(event -> {
                                event.shipmentId = entity.id;
                                event.applied = transition.changed();
                            })
                            .replaceWith(transition.changed() ? Result.APPLIED : Result.IGNORED);
                });
    }
}
