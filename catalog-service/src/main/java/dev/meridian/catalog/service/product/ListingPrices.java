package dev.meridian.catalog.service.product;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.product.ProductState;
import dev.meridian.catalog.persistence.PublicationRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Keeps each market's stored "price from" of a product (list filters and price sorting) in step with its prices. */
@ApplicationScoped
public class ListingPrices {

    private final PublicationRepository publications;
    private final Clock clock;

    public ListingPrices(PublicationRepository publications, Clock clock) {
        this.publications = publications;
        this.clock = clock;
    }

    /** In the caller's transaction; {@code only} limits the refresh to one market (null: every market). */
    public Uni<Void> refresh(ProductState state, Market only) {
        return Multi.createFrom().iterable(state.publications())
                .filter(p -> only == null || p.market().equals(only.code()))
                .onItem().transformToUniAndConcatenate(p -> {
                    Market m = state.markets().get(p.market());
                    return publications.setListingPrice(state.product().id(), p.market(),
                            m == null ? null : state.listingPrice(m, clock.instant()));
                })
                .collect().last().replaceWithVoid();
    }
}
