package dev.meridian.catalog.service.market;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.FxRate;
import dev.meridian.catalog.persistence.FxRateRepository;
import dev.meridian.catalog.persistence.MarketRepository;
import dev.meridian.catalog.service.product.ListingRefresher;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Markets and the dated FX table their derived prices use. */
@ApplicationScoped
public class MarketService {

    private final MarketRepository markets;
    private final FxRateRepository fx;
    private final ListingRefresher listings;

    public MarketService(MarketRepository markets, FxRateRepository fx, ListingRefresher listings) {
        this.markets = markets;
        this.fx = fx;
        this.listings = listings;
    }

    /** Creates or replaces the market with this code. */
    @WithTransaction
    public Uni<Market> put(Market market) {
        return markets.upsert(market).replaceWith(market);
    }

    public Uni<List<Market>> all() {
        return markets.all();
    }

    /** Appends a rate (rates are never edited; a correction is a newer rate). */
    @WithTransaction
    public Uni<FxRate> addRate(FxRate rate) {
        return fx.add(rate).replaceWith(rate);
    }

    /**
     * After the rate's transaction committed: the stored "price from" of the products in markets that derive prices
     * into its currency follows in the background.
     */
    public void rateCommitted(FxRate rate) {
        listings.refreshInBackground(rate.quote().getCurrencyCode());
    }
}
