package dev.meridian.fulfillment.messaging;

import dev.meridian.fulfillment.service.stock.CatalogSkuService;
import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Registers and updates SKUs from catalog's product snapshots. Once per event id (inbox); an older snapshot never
 * overwrites a newer one.
 */
@ApplicationScoped
public class CatalogProductConsumer {

    static final String CONSUMER = "fulfillment.catalog-skus";
    static final Set<String> TYPES = Set.of(EventTypes.CATALOG_PRODUCT_PUBLISHED, EventTypes.CATALOG_PRODUCT_UPDATED);
    private static final Logger LOG = Logger.getLogger(CatalogProductConsumer.class);

    private final IdempotentConsumer consumer;
    private final CatalogSkuService skus;
    private final Clock clock;

    public CatalogProductConsumer(IdempotentConsumer consumer, CatalogSkuService skus, Clock clock) {
        this.consumer = consumer;
        this.skus = skus;
        this.clock = clock;
    }

    @Incoming("catalog-events")
    public Uni<Void> consume(String message) {
        return consumer.consume(CONSUMER, message, TYPES::contains, CatalogProductData.class, this::apply);
    }

    private Uni<Void> apply(CloudEvent event, CatalogProductData product) {
        if (product.variants() == null || product.variants().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Snapshots carry updatedAt; the envelope time is the fallback for producers that leave it out.
        Instant at = product.updatedAt() != null ? product.updatedAt()
                : event.time() != null ? event.time().toInstant() : clock.instant();
        return skus.apply(product.variants().stream()
                .filter(v -> v.sku() != null && !v.sku().isBlank())
                .peek(v -> {
                    if (v.weightGrams() == null) {
                        LOG.debugf("variant %s of product %s has no weight: only an existing SKU is updated",
                                v.sku(), product.id());
                    }
                })
                .map(v -> new CatalogSkuService.CatalogVariant(v.sku(), v.weightGrams(), product.hsCode(),
                        product.originCountry(), product.descriptionOf(v), product.id(), product.version(), at))
                .toList());
    }
}
