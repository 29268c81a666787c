package dev.meridian.fulfillment.persistence;

import dev.meridian.fulfillment.domain.returns.ReturnCase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Returns (RMA), in the caller's session and transaction. */
@ApplicationScoped
public class ReturnRepository {

    public Uni<Void> insert(ReturnCase opened, String customerId) {
        return ReturnMapper.toEntity(opened, new ReturnEntity(), customerId).persist().replaceWithVoid();
    }

    public Uni<Optional<Owned<ReturnCase>>> find(UUID id) {
        return ReturnEntity.<ReturnEntity>findById(id).map(e -> Optional.ofNullable(e)
                .map(found -> new Owned<>(ReturnMapper.toDomain(found), found.customerId)));
    }

    /** The return, its row locked until commit (a concurrent receipt waits, then sees it received). */
    public Uni<Optional<ReturnCase>> lock(UUID id) {
        return ReturnEntity.<ReturnEntity>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(e -> Optional.ofNullable(e).map(ReturnMapper::toDomain));
    }

    /** Units per SKU of this shipment already in returns. */
    public Uni<Map<String, Integer>> returnedUnits(UUID shipmentId) {
        return ReturnEntity.<ReturnEntity>list("shipmentId", shipmentId).map(returns -> {
            Map<String, Integer> units = new HashMap<>();
            returns.forEach(r -> r.lines.items().forEach(l -> units.merge(l.sku(), l.quantity(), Integer::sum)));
            return units;
        });
    }

    /** Stores the new state of a return loaded in this session (its version guards concurrent writers). */
    public Uni<Void> update(ReturnCase next) {
        return ReturnEntity.<ReturnEntity>findById(next.id())
                .chain(entity -> ReturnMapper.toEntity(next, entity, null).persist())
                .replaceWithVoid();
    }
}
