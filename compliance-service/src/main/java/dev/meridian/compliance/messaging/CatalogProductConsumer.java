package dev.meridian.compliance.messaging;

import dev.meridian.compliance.api.MarketStatusService;
import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.events.EventJson;
import dev.meridian.platform.events.MalformedEventException;
import dev.meridian.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Evaluates every published or updated catalog product, once per event (inbox). */
@ApplicationScoped
public class CatalogProductConsumer {

    static final String CONSUMER = "compliance.market-status";
    private static final Logger LOG = Logger.getLogger(CatalogProductConsumer.class);

    private final EventJson events;
    private final Inbox inbox;
    private final MarketStatusService statuses;

    public CatalogProductConsumer(EventJson events, Inbox inbox, MarketStatusService statuses) {
        this.events = events;
        this.inbox = inbox;
        this.statuses = statuses;
    }

    @Incoming("catalog-events")
    public Uni<Void> consume(String message) {
        CloudEvent event;
        CatalogProductData data;
        try {
            event = events.read(message);
            if (!ComplianceEvents.CATALOG_PRODUCT_TYPES.contains(event.type())) {
                return Uni.createFrom().voidItem();
            }
            data = events.data(event, CatalogProductData.class);
        } catch (MalformedEventException e) {
            LOG.warnf("skipping malformed catalog event: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        if (data.id() == null) {
            LOG.warnf("skipping catalog event %s without product id", event.id());
            return Uni.createFrom().voidItem();
        }
        return inbox.processOnce(CONSUMER, event, () -> statuses.onProduct(data.toFacts())).replaceWithVoid();
    }
}
