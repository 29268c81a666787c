package dev.meridian.catalog.messaging;

import dev.meridian.catalog.persistence.StockStore;
import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.events.EventJson;
import dev.meridian.platform.events.MalformedEventException;
import dev.meridian.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Projects fulfillment's stock levels into storefront availability; once per event through the inbox. */
@ApplicationScoped
public class StockConsumer {

    static final String CONSUMER = "catalog.stock";
    static final String TYPE = "meridian.fulfillment.stock.changed.v1";
    private static final Logger LOG = Logger.getLogger(StockConsumer.class);

    private final EventJson events;
    private final Inbox inbox;
    private final StockStore stock;

    public StockConsumer(EventJson events, Inbox inbox, StockStore stock) {
        this.events = events;
        this.inbox = inbox;
        this.stock = stock;
    }

    @Incoming("fulfillment-events")
    public Uni<Void> consume(String message) {
        CloudEvent event;
        StockChangedData data;
        try {
            event = events.read(message);
            if (!TYPE.equals(event.type())) {
                return Uni.createFrom().voidItem();
            }
            data = events.data(event, StockChangedData.class);
        } catch (MalformedEventException e) {
            LOG.warnf("skipping malformed fulfillment event: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        if (data.sku() == null || data.location() == null || data.available() == null) {
            LOG.warnf("skipping stock event %s without sku, location or available", event.id());
            return Uni.createFrom().voidItem();
        }
        java.time.Instant at = data.changedAt() != null ? data.changedAt() : event.time().toInstant();
        return inbox.processOnce(CONSUMER, event,
                () -> stock.apply(data.sku(), data.location(), Math.max(0, data.available()), at)).replaceWithVoid();
    }
}
