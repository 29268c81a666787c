package dev.meridian.catalog.messaging;

import dev.meridian.catalog.service.stock.StockService;
import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.events.EventTypes;
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
    private static final Logger LOG = Logger.getLogger(StockConsumer.class);

    private final IdempotentConsumer consumer;
    private final StockService stock;

    public StockConsumer(IdempotentConsumer consumer, StockService stock) {
        this.consumer = consumer;
        this.stock = stock;
    }

    @Incoming("fulfillment-events")
    public Uni<Void> consume(String message) {
        return consumer.consume(CONSUMER, message, EventTypes.FULFILLMENT_STOCK_CHANGED::equals,
                StockChangedData.class, this::apply);
    }

    private Uni<?> apply(CloudEvent event, StockChangedData data) {
        if (data.sku() == null || data.location() == null || data.available() == null) {
            // Retrying cannot repair the event: it is recorded as processed and skipped.
            LOG.warnf("skipping stock event %s without sku, location or available", event.id());
            return Uni.createFrom().voidItem();
        }
        Instant at = data.changedAt() != null ? data.changedAt() : event.time().toInstant();
        return stock.levelChanged(data.sku(), data.location(), data.available(), at);
    }
}
