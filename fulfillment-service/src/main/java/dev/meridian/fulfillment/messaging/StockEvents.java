package dev.meridian.fulfillment.messaging;

import dev.meridian.fulfillment.domain.stock.StockKey;
import dev.meridian.fulfillment.domain.stock.StockLevel;
import dev.meridian.fulfillment.persistence.StockRepository;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Records stock.changed for a level just changed, in the same transaction (read back under the row lock). */
@ApplicationScoped
public class StockEvents {

    private final StockRepository stock;
    private final Outbox outbox;
    private final Clock clock;

    public StockEvents(StockRepository stock, Outbox outbox, Clock clock) {
        this.stock = stock;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** For a level the caller already read under the row lock (e.g. {@code update ... returning}). */
    public Uni<Void> changed(StockLevel level, String reason) {
        return outbox.record(FulfillmentEvents.TOPIC, EventTypes.FULFILLMENT_STOCK_CHANGED, level.key().sku(),
                StockChangedData.of(level, reason, clock.instant())).replaceWithVoid();
    }

    public Uni<Void> changed(StockKey key, String reason) {
        return stock.level(key).chain(level -> outbox.record(FulfillmentEvents.TOPIC, EventTypes.FULFILLMENT_STOCK_CHANGED,
                key.sku(), StockChangedData.of(level, reason, clock.instant()))).replaceWithVoid();
    }
}
