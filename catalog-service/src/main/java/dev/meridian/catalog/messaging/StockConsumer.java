package dev.meridian.catalog.messaging;

import dev.meridian.catalog.persistence.StockStore;
import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Projects fulfillment's stock levels into storefront availability; once per event through the platform inbox. */
@ApplicationScoped
public class StockConsumer {

    static final String CONSUMER = "catalog.stock";
    static final String TYPE = "meridian.fulfillment.stock.changed.v1";
    private static final Logger LOG = Logger.getLogger(StockConsumer.class);

    private final IdempotentConsumer consumer;
    private final StockStore stock;

    public StockConsumer(IdempotentConsumer consumer, StockStore stock) {
        this.consumer = consumer;
        this.stock = stock;
    }

    @Incoming("fulfillment-events")
    public Uni<Void> consume(String message) {
        return consumer.consume(CONSUMER, message, TYPE::equals, StockChangedData.class, this::apply);
    }

    private Uni<?> apply(CloudEvent event, StockChangedData data) {
        if (data.sku() == null || data.location() == null || data.available() == null) {
            // Retrying cannot repair the event: it is recorded as processed and skipped.
            LOG.warnf("skipping stock event %s without sku, location or available", event.id());
            return Uni.createFrom().voidItem();
        }
        Instant at = data.changedAt() != null ? data.changedAt() : event.time().toInstant();
        return stock.apply(data.sku(), data.location(), Math.max(0, data.available()), at);
    }
}
