package dev.meridian.fulfillment.persistence;

import dev.meridian.fulfillment.domain.shipment.Shipment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Shipments, in the caller's session and transaction. */
@ApplicationScoped
public class ShipmentRepository {

    public Uni<Void> insert(Shipment shipment, String customerId, Instant now) {
        return ShipmentMapper.toEntity(shipment, new ShipmentEntity(), customerId, now).persist().replaceWithVoid();
    }

    public Uni<Optional<Owned<Shipment>>> find(UUID id) {
        return ShipmentEntity.<ShipmentEntity>findById(id).map(e -> Optional.ofNullable(e)
                .map(found -> new Owned<>(ShipmentMapper.toDomain(found), found.customerId)));
    }

    /**
     * The shipment, its row locked until commit: whatever is decided from it (how many units are still returnable)
     * holds until this transaction ends, because a concurrent one waits here.
     */
    public Uni<Optional<Owned<Shipment>>> lock(UUID id) {
        return ShipmentEntity.<ShipmentEntity>findById(id, LockModeType.PESSIMISTIC_WRITE).map(e -> Optional
                .ofNullable(e).map(found -> new Owned<>(ShipmentMapper.toDomain(found), found.customerId)));
    }

    public Uni<Optional<Shipment>> findByTrackingNumber(String carrier, String trackingNumber) {
        return ShipmentEntity.<ShipmentEntity>find("trackingNumber = ?1 and carrier = ?2", trackingNumber, carrier)
                .firstResult().map(e -> Optional.ofNullable(e).map(ShipmentMapper::toDomain));
    }

    /** Stores the new state of a shipment loaded in this session (its version guards concurrent writers). */
    public Uni<Void> update(Shipment next, Instant now) {
        return ShipmentEntity.<ShipmentEntity>findById(next.id())
                .chain(entity -> ShipmentMapper.toEntity(next, entity, null, now).persist())
                .replaceWithVoid();
    }
}
