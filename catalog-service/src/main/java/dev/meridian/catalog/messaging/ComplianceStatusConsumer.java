package dev.meridian.catalog.messaging;

import dev.meridian.catalog.persistence.PublicationStore;
import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.events.EventJson;
import dev.meridian.platform.events.MalformedEventException;
import dev.meridian.platform.inbox.Inbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Hides products compliance blocked (or wants reviewed) per market; once per event through the inbox. */
@ApplicationScoped
public class ComplianceStatusConsumer {

    static final String CONSUMER = "catalog.compliance-status";
    static final String TYPE = "meridian.compliance.product.market-status.v1";
    private static final Set<String> STATUSES = Set.of("allowed", "blocked", "needs-review");
    private static final Logger LOG = Logger.getLogger(ComplianceStatusConsumer.class);

    private final EventJson events;
    private final Inbox inbox;
    private final PublicationStore publications;

    public ComplianceStatusConsumer(EventJson events, Inbox inbox, PublicationStore publications) {
        this.events = events;
        this.inbox = inbox;
        this.publications = publications;
    }

    @Incoming("compliance-events")
    public Uni<Void> consume(String message) {
        CloudEvent event;
        MarketStatusData data;
        UUID productId;
        try {
            event = events.read(message);
            if (!TYPE.equals(event.type())) {
                return Uni.createFrom().voidItem();
            }
            data = events.data(event, MarketStatusData.class);
            productId = UUID.fromString(data.productId());
        } catch (MalformedEventException | IllegalArgumentException | NullPointerException e) {
            LOG.warnf("skipping unusable compliance event: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        java.time.Instant at = data.evaluatedAt() != null ? data.evaluatedAt() : event.time().toInstant();
        return inbox.processOnce(CONSUMER, event, () -> Multi.createFrom()
                        .iterable(data.markets() == null ? java.util.List.<MarketStatusData.Verdict>of() : data.markets())
                        .filter(v -> v.market() != null && STATUSES.contains(v.status()))
                        .onItem().transformToUniAndConcatenate(v -> publications.setCompliance(productId, v.market(),
                                v.status(), v.reasons(), at))
                        .collect().asList())
                .replaceWithVoid();
    }
}
