package dev.meridian.catalog.messaging;

import dev.meridian.catalog.service.product.PublicationService;
import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Hides products compliance blocked (or wants reviewed) per market; once per event through the platform inbox. */
@ApplicationScoped
public class ComplianceStatusConsumer {

    static final String CONSUMER = "catalog.compliance-status";
    private static final Set<String> STATUSES = Set.of("allowed", "blocked", "needs-review");
    private static final Logger LOG = Logger.getLogger(ComplianceStatusConsumer.class);

    private final IdempotentConsumer consumer;
    private final PublicationService publications;

    public ComplianceStatusConsumer(IdempotentConsumer consumer, PublicationService publications) {
        this.consumer = consumer;
        this.publications = publications;
    }

    @Incoming("compliance-events")
    public Uni<Void> consume(String message) {
        return consumer.consume(CONSUMER, message, EventTypes.COMPLIANCE_PRODUCT_MARKET_STATUS::equals,
                MarketStatusData.class, this::apply);
    }

    private Uni<?> apply(CloudEvent event, MarketStatusData data) {
        UUID productId = productId(data);
        if (productId == null) {
            // Retrying cannot repair the event: it is recorded as processed and skipped.
            LOG.warnf("skipping compliance event %s without a usable productId", event.id());
            return Uni.createFrom().voidItem();
        }
        Instant at = data.evaluatedAt() != null ? data.evaluatedAt() : event.time().toInstant();
        return Multi.createFrom().iterable(data.markets() == null ? List.<MarketStatusData.Verdict>of() : data.markets())
                .filter(v -> v.market() != null && STATUSES.contains(v.status()))
                .onItem().transformToUniAndConcatenate(v -> publications.applyComplianceVerdict(productId, v.market(),
                        v.status(), v.reasons(), at))
                .collect().asList();
    }

    private static UUID productId(MarketStatusData data) {
        try {
            return data.productId() == null ? null : UUID.fromString(data.productId());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
