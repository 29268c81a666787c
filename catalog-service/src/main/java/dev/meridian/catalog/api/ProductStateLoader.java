package dev.meridian.catalog.api;

import dev.meridian.catalog.domain.FxRates;
import dev.meridian.catalog.domain.Market;
import dev.meridian.catalog.domain.Product;
import dev.meridian.catalog.persistence.FxRateStore;
import dev.meridian.catalog.persistence.MarketStore;
import dev.meridian.catalog.persistence.PriceStore;
import dev.meridian.catalog.persistence.PublicationStore;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads the committed publications, prices, markets and FX tables around a product. */
@ApplicationScoped
public class ProductStateLoader {

    private final PublicationStore publications;
    private final PriceStore prices;
    private final MarketStore markets;
    private final FxRateStore fx;

    public ProductStateLoader(PublicationStore publications, PriceStore prices, MarketStore markets, FxRateStore fx) {
        this.publications = publications;
        this.prices = prices;
        this.markets = markets;
        this.fx = fx;
    }

    public Uni<ProductState> load(Product product, long version, Instant updatedAt) {
        return Uni.combine().all().unis(publications.forProduct(product.id()), prices.forProduct(product.id()),
                        markets.all()).asTuple()
                .chain(t -> {
                    Map<String, Market> byCode = t.getItem3().stream()
                            .collect(Collectors.toMap(Market::code, Function.identity()));
                    return fxFor(byCode).map(rates -> new ProductState(product, version, updatedAt, t.getItem1(),
                            t.getItem2(), byCode, rates));
                });
    }

    public Uni<Map<String, FxRates>> fxFor(Map<String, Market> markets) {
        Map<String, FxRates> out = new HashMap<>();
        return Multi.createFrom().iterable(markets.values().stream().map(m -> m.currency().getCurrencyCode())
                        .distinct().toList())
                .onItem().transformToUniAndConcatenate(c -> fx.into(c).invoke(r -> out.put(c, r)))
                .collect().last().replaceWith(out);
    }
}
