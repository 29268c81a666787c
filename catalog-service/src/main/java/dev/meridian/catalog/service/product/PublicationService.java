package dev.meridian.catalog.service.product;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.product.ProductState;
import dev.meridian.catalog.domain.product.Publication;
import dev.meridian.catalog.messaging.CatalogEvents;
import dev.meridian.catalog.persistence.MarketRepository;
import dev.meridian.catalog.persistence.ProductMapper;
import dev.meridian.catalog.persistence.PublicationRepository;
import dev.meridian.platform.failure.NotFound;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Publication per market (by editors) and compliance's verdict per market (from its events): together they decide
 * where shoppers see a product.
 */
@ApplicationScoped
public class PublicationService {

    private final ProductService products;
    private final ProductStateLoader states;
    private final MarketRepository markets;
    private final PublicationRepository publications;
    private final CatalogEvents events;
    private final Clock clock;

    public PublicationService(ProductService products, ProductStateLoader states, MarketRepository markets,
                              PublicationRepository publications, CatalogEvents events, Clock clock) {
        this.products = products;
        this.states = states;
        this.markets = markets;
        this.publications = publications;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes or unpublishes; records product.published or product.unpublished with the state after it. */
    @WithTransaction
    public Uni<ProductState> setPublished(UUID productId, String marketCode, boolean published) {
        return market(marketCode).chain(market -> products.touch(productId).chain(entity ->
                states.load(ProductMapper.toDomain(entity), entity.version, entity.updatedAt).chain(state -> {
                    Long listing = state.listingPrice(market, clock.instant());
                    Publication next = state.publication(marketCode).orElse(Publication.none(marketCode))
                            .withPublished(published);
                    ProductState after = state.withPublication(next);
                    return publications.setPublished(productId, marketCode, published, listing, clock.instant())
                            .chain(() -> events.publicationChanged(after, published))
                            .replaceWith(after);
                })));
    }

    /**
     * Applies compliance's verdict for a product in a market unless a newer one was already applied (events may
     * arrive out of order). In the caller's transaction (the consumer's inbox).
     */
    public Uni<Void> applyComplianceVerdict(UUID productId, String market, String status, List<String> reasons,
                                            Instant evaluatedAt) {
        return publications.setCompliance(productId, market, status, reasons, evaluatedAt).replaceWithVoid();
    }

    private Uni<Market> market(String code) {
        return markets.find(code).map(m -> m.orElseThrow(() -> new NotFound("market", code)));
    }
}
