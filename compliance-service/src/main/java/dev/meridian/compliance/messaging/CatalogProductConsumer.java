package dev.meridian.compliance.messaging;

import dev.meridian.compliance.service.restriction.MarketStatusService;
import dev.meridian.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Evaluates every published or updated catalog product, once per event (inbox); older snapshots change nothing. */
@ApplicationScoped
public class CatalogProductConsumer {

    static final String CONSUMER = "compliance.market-status";
    private static final Logger LOG = Logger.getLogger(CatalogProductConsumer.class);

    private final IdempotentConsumer consumer;
    private final MarketStatusService statuses;

    public CatalogProductConsumer(IdempotentConsumer consumer, MarketStatusService statuses) {
        this.consumer = consumer;
        this.statuses = statuses;
    }

    @Incoming("catalog-events")
    public Uni<Void> consume(String message) {
        return consumer.consume(CONSUMER, message, ComplianceEvents.CATALOG_PRODUCT_TYPES::contains,
                CatalogProductData.class, (event, data) -> {
                    if (data.id() == null) {
                        LOG.warnf("skipping catalog event %s without product id", event.id());
                        return Uni.createFrom().voidItem();
                    }
                    return statuses.onProduct(data.toFacts(), data.version());
                });
    }
}
