package dev.meridian.fulfillment.service.stock;

import dev.meridian.fulfillment.domain.routing.Origins;
import dev.meridian.fulfillment.domain.routing.StockLocation;
import dev.meridian.fulfillment.domain.stock.StockKey;
import dev.meridian.fulfillment.domain.stock.StockLevel;
import dev.meridian.fulfillment.messaging.StockEvents;
import dev.meridian.fulfillment.persistence.LocationRepository;
import dev.meridian.fulfillment.persistence.SkuRepository;
import dev.meridian.fulfillment.persistence.StockRepository;
import dev.meridian.fulfillment.service.KnownReferences;
import dev.meridian.fulfillment.service.shipping.ShippingConfigCache;
import dev.meridian.platform.failure.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

@ApplicationScoped
public class StockAdminService {

    private final StockRepository stock;
    private final SkuRepository skus;
    private final LocationRepository locations;
    private final StockEvents events;
    private final KnownReferences references;
    private final ShippingConfigCache config;
    private final Clock clock;

    public StockAdminService(StockRepository stock, SkuRepository skus, LocationRepository locations,
                             StockEvents events, KnownReferences references, ShippingConfigCache config, Clock clock) {
        this.stock = stock;
        this.skus = skus;
        this.locations = locations;
        this.events = events;
        this.references = references;
        this.config = config;
        this.clock = clock;
    }

    /** @return true when the SKU was new */
    public Uni<Boolean> putSku(RegisterSkuCommand command) {
        RuleViolation.require(command.sku().matches("[A-Za-z0-9._-]{1,64}"), "sku",
                "must be 1-64 of letters, digits, '.', '_', '-'");
        return Panache.withTransaction(() -> skus.put(command.sku(), command.weightGrams(), command.hsCode(),
                command.originCountry(), command.description(), clock.instant()));
    }

    /** Creates or replaces a location; a second origin in a country that has one is a conflict (409). */
    public Uni<StockLocation> putLocation(StockLocation location) {
        return Panache.withTransaction(() -> locations.all()
                        .invoke(existing -> Origins.requireUnique(location, existing))
                        .chain(() -> locations.put(location)).replaceWith(location))
                .invoke(config::invalidate); // routing reads locations from the in-memory configuration
    }

    public Uni<List<StockLocation>> locations() {
        return Panache.withSession(locations::all);
    }

    /**
     * Goods in or out (shrinkage, damage). Refused with 409 when it would drop on-hand below zero or below what is
     * reserved; then nothing changes.
     */
    public Uni<StockLevel> adjust(AdjustStockCommand command) {
        StockKey key = new StockKey(command.sku(), command.location());
        return Panache.withTransaction(() -> references.requireSku("sku", command.sku())
                .chain(() -> references.requireLocation("location", command.location()))
                .chain(() -> stock.adjust(key, command.delta(), "adjusted: " + command.reason()))
                // Refused by the conditional statement: the level read now says why, in the domain's words.
                .chain(after -> after.isPresent() ? Uni.createFrom().item(after.get())
                        : stock.level(key).map(level -> level.adjust(command.delta())))
                .call(level -> events.changed(level, "adjusted: " + command.reason())));
    }

    public Uni<List<StockLevel>> levels(String sku) {
        return Panache.withSession(() -> references.requireSku("sku", sku).chain(() -> stock.levels(sku)));
    }
}
