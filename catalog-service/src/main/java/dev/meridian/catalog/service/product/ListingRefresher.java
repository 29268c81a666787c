package dev.meridian.catalog.service.product;

import dev.meridian.catalog.persistence.ProductMapper;
import dev.meridian.catalog.persistence.ProductRepository;
import dev.meridian.catalog.persistence.PublicationRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Recomputes the stored "price from" (list filters and price sorting) of every product published in a market whose
 * prices derive from FX into a currency, after a new rate for that currency was committed. Runs in the background,
 * one short transaction per product, so adding a rate stays fast; lists catch up within moments.
 */
@ApplicationScoped
public class ListingRefresher {

    private static final Logger LOG = Logger.getLogger(ListingRefresher.class);

    private final PublicationRepository publications;
    private final ProductRepository products;
    private final ProductStateLoader states;
    private final ListingPrices listings;
    private final Vertx vertx;

    public ListingRefresher(PublicationRepository publications, ProductRepository products, ProductStateLoader states,
                            ListingPrices listings, Vertx vertx) {
        this.publications = publications;
        this.products = products;
        this.states = states;
        this.listings = listings;
        this.vertx = vertx;
    }

    /** Starts the refresh on a context of its own; call after the rate's transaction committed. */
    public void refreshInBackground(String currency) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> refresh(currency).subscribe().with(
                count -> LOG.infof("refreshed the listing prices of %d products priced in %s", count, currency),
                failure -> LOG.warnf(failure, "listing prices in %s were not refreshed", currency)));
    }

    public Uni<Integer> refresh(String currency) {
        return publications.inFxDerivedMarketsOf(currency)
                .chain(ids -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(this::refreshProduct)
                        .collect().asList().map(List::size));
    }

    private Uni<Void> refreshProduct(UUID id) {
        return Panache.withTransaction(() -> products.findById(id).chain(entity -> entity == null
                ? Uni.createFrom().voidItem()
                : states.load(ProductMapper.toDomain(entity), entity.version, entity.updatedAt)
                        .chain(state -> listings.refresh(state, null))));
    }
}
