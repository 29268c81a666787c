package dev.meridian.catalog.service.stock;

import dev.meridian.catalog.persistence.StockRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The projection of fulfillment's stock levels that storefront availability is computed from. */
@ApplicationScoped
public class StockService {

    private final StockRepository stock;

    public StockService(StockRepository stock) {
        this.stock = stock;
    }

    /**
     * Records the level of a SKU at a location (negative levels count as none) unless a newer one was already
     * recorded: events may arrive out of order. In the caller's transaction (the consumer's inbox).
     */
    public Uni<Void> levelChanged(String sku, String location, long available, Instant changedAt) {
        return stock.apply(sku, location, Math.max(0, available), changedAt).replaceWithVoid();
    }
}
