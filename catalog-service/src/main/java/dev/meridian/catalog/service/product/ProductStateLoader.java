package dev.meridian.catalog.service.product;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.FxRates;
import dev.meridian.catalog.domain.product.Product;
import dev.meridian.catalog.domain.product.ProductState;
import dev.meridian.catalog.persistence.FxRateRepository;
import dev.meridian.catalog.persistence.MarketRepository;
import dev.meridian.catalog.persistence.PriceRepository;
import dev.meridian.catalog.persistence.PublicationRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads the committed publications, prices, markets and FX tables around a product. */
@ApplicationScoped
public class ProductStateLoader {

    private final PublicationRepository publications;
    private final PriceRepository prices;
    private final MarketRepository markets;
    private final FxRateRepository fx;

    public ProductStateLoader(PublicationRepository publications, PriceRepository prices, MarketRepository markets,
                              FxRateRepository fx) {
        this.publications = publications;
        this.prices = prices;
        this.markets = markets;
        this.fx = fx;
    }

    public Uni<ProductState> load(Product product, long version, Instant updatedAt) {
        return markets.all().chain(all -> load(product, version, updatedAt, byCode(all)));
    }

    /** With the markets already loaded (a storefront read loads them once). */
    public Uni<ProductState> load(Product product, long version, Instant updatedAt, Map<String, Market> markets) {
        return Uni.combine().all().unis(publications.forProduct(product.id()), prices.forProduct(product.id()),
                        fxFor(markets.values())).asTuple()
                .map(t -> new ProductState(product, version, updatedAt, t.getItem1(), t.getItem2(), markets,
                        t.getItem3()));
    }

    public static Map<String, Market> byCode(List<Market> markets) {
        return markets.stream().collect(Collectors.toMap(Market::code, Function.identity()));
    }

    /** The FX table into each currency these markets price in. */
    public Uni<Map<String, FxRates>> fxFor(java.util.Collection<Market> markets) {
        List<String> currencies = markets.stream().map(m -> m.currency().getCurrencyCode()).distinct().toList();
        Map<String, FxRates> out = new HashMap<>();
        return Multi.createFrom().iterable(currencies)
                .onItem().transformToUniAndConcatenate(c -> fx.into(c).invoke(r -> out.put(c, r)))
                .collect().last().replaceWith(out);
    }
}
