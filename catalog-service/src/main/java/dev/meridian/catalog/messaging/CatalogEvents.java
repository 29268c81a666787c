package dev.meridian.catalog.messaging;

import dev.meridian.catalog.domain.product.Product;
import dev.meridian.catalog.domain.product.ProductState;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Records the events catalog publishes on {@value #TOPIC} through the outbox, in the caller's transaction, keyed by
 * the product id. Payload schemas live in docs/events/catalog/.
 */
@ApplicationScoped
public class CatalogEvents {

    public static final String TOPIC = "catalog.events";

    private final Outbox outbox;
    private final Clock clock;

    public CatalogEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> productCreated(Product product) {
        return record(EventTypes.CATALOG_PRODUCT_CREATED, product.id().toString(), ProductCreatedData.of(product));
    }

    public Uni<Void> productUpdated(ProductState state) {
        return snapshot(EventTypes.CATALOG_PRODUCT_UPDATED, state);
    }

    public Uni<Void> priceChanged(ProductState state) {
        return snapshot(EventTypes.CATALOG_PRICE_CHANGED, state);
    }

    /** product.published or product.unpublished, with the state after the change. */
    public Uni<Void> publicationChanged(ProductState state, boolean published) {
        return snapshot(published ? EventTypes.CATALOG_PRODUCT_PUBLISHED : EventTypes.CATALOG_PRODUCT_UNPUBLISHED, state);
    }

    private Uni<Void> snapshot(String type, ProductState state) {
        return record(type, state.product().id().toString(), ProductSnapshotData.of(state, clock.instant()));
    }

    private Uni<Void> record(String type, String subject, Object data) {
        return outbox.record(TOPIC, type, subject, data).replaceWithVoid();
    }
}
