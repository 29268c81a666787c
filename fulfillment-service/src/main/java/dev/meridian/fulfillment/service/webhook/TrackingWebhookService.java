package dev.meridian.fulfillment.service.webhook;

import dev.meridian.fulfillment.persistence.ShipmentRepository;
import dev.meridian.fulfillment.persistence.TrackingEventRepository;
import dev.meridian.fulfillment.service.shipment.ShipmentService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Stores a verified tracking event once (keyed by carrier and webhook id) and applies it to its shipment in the same
 * transaction. Duplicates, late events and events for unknown tracking numbers are stored as not applied.
 */
@ApplicationScoped
public class TrackingWebhookService {

    public enum Result { APPLIED, IGNORED, DUPLICATE }

    private final ShipmentService shipmentService;
    private final ShipmentRepository shipments;
    private final TrackingEventRepository trackingEvents;
    private final Clock clock;

    public TrackingWebhookService(ShipmentService shipmentService, ShipmentRepository shipments,
                                  TrackingEventRepository trackingEvents, Clock clock) {
        this.shipmentService = shipmentService;
        this.shipments = shipments;
        this.trackingEvents = trackingEvents;
        this.clock = clock;
    }

    public Uni<Result> receive(TrackingEvent event) {
        return Panache.withTransaction(() -> trackingEvents.insertIfNew(new TrackingEventRepository.Received(
                        event.carrier(), event.webhookId(), event.trackingNumber(), event.status().name(),
                        event.occurredAt(), clock.instant(), event.payload()))
                .chain(stored -> stored ? apply(event) : Uni.createFrom().item(Result.DUPLICATE)));
    }

    private Uni<Result> apply(TrackingEvent event) {
        return shipments.findByTrackingNumber(event.carrier(), event.trackingNumber()).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Result.IGNORED);
            }
            var transition = found.get().track(event.status(), event.occurredAt());
            return shipmentService.apply(transition)
                    .chain(() -> trackingEvents.markApplied(event.carrier(), event.webhookId(), found.get().id(),
                            transition.changed()))
                    .replaceWith(transition.changed() ? Result.APPLIED : Result.IGNORED);
        });
    }
}
