package dev.meridian.fulfillment.persistence;

import dev.meridian.fulfillment.domain.routing.StockLocation;
import dev.meridian.platform.failure.StateConflict;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;

/** Stock locations, in the caller's session and transaction. */
@ApplicationScoped
public class LocationRepository {

    public Uni<Optional<StockLocation>> find(String code) {
        return LocationEntity.<LocationEntity>findById(code)
                .map(e -> Optional.ofNullable(e).map(LocationMapper::toDomain));
    }

    public Uni<List<StockLocation>> all() {
        return LocationEntity.<LocationEntity>listAll()
                .map(all -> all.stream().map(LocationMapper::toDomain).toList());
    }

    /** Which of these codes name a location. */
    public Uni<Set<String>> known(Collection<String> codes) {
        return LocationEntity.<LocationEntity>list("code in ?1", Set.copyOf(codes))
                .map(found -> found.stream().map(l -> l.code).collect(Collectors.toSet()));
    }

    /**
     * Creates or replaces the location with this code, flushed at once so that a unique rule the caller checked
     * but a concurrent writer won (one origin per country) is a conflict here, not an error at commit.
     */
    public Uni<Void> put(StockLocation location) {
        return LocationEntity.<LocationEntity>findById(location.code())
                .chain(existing -> LocationMapper.toEntity(location, existing != null ? existing : new LocationEntity())
                        .persistAndFlush())
                .onFailure(ConstraintViolationException.class).transform(e -> new StateConflict("location "
                        + location.code() + " conflicts with a location stored meanwhile (one origin per country)"))
                .replaceWithVoid();
    }
}
