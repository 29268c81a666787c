package dev.meridian.fulfillment.api.stock;

import dev.meridian.fulfillment.api.KnownReferences;
import dev.meridian.fulfillment.domain.routing.LocationKind;
import dev.meridian.fulfillment.domain.routing.StockLocation;
import dev.meridian.fulfillment.domain.stock.StockKey;
import dev.meridian.fulfillment.domain.stock.StockLevel;
import dev.meridian.fulfillment.messaging.StockEvents;
import dev.meridian.fulfillment.persistence.LocationEntity;
import dev.meridian.fulfillment.persistence.ShippingConfigStore;
import dev.meridian.fulfillment.persistence.SkuEntity;
import dev.meridian.fulfillment.persistence.StockStore;
import dev.meridian.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class StockAdminService {

    private final StockStore stock;
    private final StockEvents events;
    private final KnownReferences references;
    private final Clock clock;
    private final ShippingConfigStore config;

    public StockAdminService(StockStore stock, StockEvents events, KnownReferences references, Clock clock,
                             ShippingConfigStore config) {
        this.config = config;
        this.stock = stock;
        this.events = events;
        this.references = references;
        this.clock = clock;
    }

    public Uni<Boolean> putSku(String sku, SkuRequest request) {
        if (!sku.matches("[A-Za-z0-9._-]{1,64}")) {
            throw ProblemException.invalid("sku", "must be 1-64 of letters, digits, '.', '_', '-'");
        }
        return Panache.withTransaction(() -> SkuEntity.<SkuEntity>findById(sku).chain(existing -> {
            SkuEntity e = existing != null ? existing : new SkuEntity();
            e.sku = sku;
            e.weightGrams = request.weightGrams();
            e.hsCode = request.hsCode();
            e.originCountry = request.originCountry();
            e.description = request.description();
            if (existing == null) {
                e.createdAt = clock.instant();
            }
            return e.persist().replaceWith(existing == null);
        }));
    }

    public Uni<StockLocation> putLocation(String code, LocationRequest request) {
        StockLocation location = toLocation(code, request);
        return Panache.withTransaction(() -> LocationEntity.<LocationEntity>findById(code).chain(existing ->
                (existing != null ? existing : new LocationEntity()).from(location).persist())
                .replaceWith(location))
                .invoke(config::invalidate); // routing reads locations from the in-memory configuration
    }

    public Uni<List<StockLocation>> locations() {
        return Panache.withSession(() -> LocationEntity.<LocationEntity>listAll()
                .map(all -> all.stream().map(LocationEntity::toDomain).toList()));
    }

    /** Refused when it would drop on-hand below zero or below what is reserved: bad input changes nothing. */
    public Uni<StockLevel> adjust(AdjustmentRequest request) {
        StockKey key = new StockKey(request.sku(), request.location());
        return Panache.withTransaction(() -> references.requireSku("sku", request.sku())
                .chain(() -> references.requireLocation("location", request.location()))
                .chain(() -> stock.adjust(key, request.delta()))
                .invoke(ok -> {
                    if (!ok) {
                        throw ProblemException.invalid("delta", "would make on-hand stock negative or lower than "
                                + "the units already reserved");
                    }
                })
                .chain(() -> events.changed(key, "adjusted: " + request.reason()))
                .chain(() -> stock.level(key)));
    }

    public Uni<List<StockLevel>> levels(String sku) {
        return Panache.withSession(() -> references.requireSku("sku", sku).chain(() -> stock.levels(sku)));
    }

    private static StockLocation toLocation(String code, LocationRequest r) {
        LocationKind kind;
        try {
            kind = LocationKind.valueOf(r.kind());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "must be one of ORIGIN, WAREHOUSE, RETURN_HUB");
        }
        ZoneId zone;
        try {
            zone = r.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(r.timeZone());
        } catch (DateTimeException e) {
            throw ProblemException.invalid("timeZone", "unknown time zone '" + r.timeZone() + "'");
        }
        return new StockLocation(code, kind, r.country(), r.markets() == null ? Set.of() : r.markets(),
                r.priority() == null ? 100 : r.priority(), r.cutOff() == null ? LocalTime.of(15, 0)
                : LocalTime.parse(r.cutOff()), zone, r.handlingDays() == null ? 1 : r.handlingDays());
    }
}
