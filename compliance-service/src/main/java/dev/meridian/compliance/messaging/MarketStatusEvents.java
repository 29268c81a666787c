package dev.meridian.compliance.messaging;

import dev.meridian.compliance.domain.restriction.MarketStatus;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Publishes a product's new market statuses, through the outbox of the caller's transaction. */
@ApplicationScoped
public class MarketStatusEvents {

    private final Outbox outbox;

    public MarketStatusEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> changed(String productId, String sku, Instant at, List<MarketStatus> statuses) {
        return outbox.record(ComplianceEvents.TOPIC, EventTypes.COMPLIANCE_PRODUCT_MARKET_STATUS, productId,
                MarketStatusData.of(productId, sku, at, statuses)).replaceWithVoid();
    }
}
