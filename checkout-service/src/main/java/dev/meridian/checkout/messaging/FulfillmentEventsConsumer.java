package dev.meridian.checkout.messaging;

import dev.meridian.checkout.service.catalog.SellableVariantService;
import dev.meridian.checkout.service.catalog.StockChangeCommand;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Fulfillment's facts checkout acts on: stock availability for the read model. Once per event id (inbox). */
@ApplicationScoped
public class FulfillmentEventsConsumer {

    static final String STOCK_CONSUMER = "checkout.fulfillment-stock";

    private final IdempotentConsumer consumer;
    private final SellableVariantService variants;

    public FulfillmentEventsConsumer(IdempotentConsumer consumer, SellableVariantService variants) {
        this.consumer = consumer;
        this.variants = variants;
    }

    @Incoming("fulfillment-events")
    public Uni<Void> consume(String message) {
        return consumer.consume(STOCK_CONSUMER, message, EventTypes.FULFILLMENT_STOCK_CHANGED::equals,
                StockChangedData.class, (event, stock) -> variants.apply(
                        new StockChangeCommand(stock.sku(), stock.location(), stock.available(), stock.changedAt())));
    }
}
