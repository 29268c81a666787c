package dev.meridian.catalog.service.product;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.MarketPrice;
import dev.meridian.catalog.domain.product.Product;
import dev.meridian.catalog.domain.product.ProductState;
import dev.meridian.catalog.messaging.CatalogEvents;
import dev.meridian.catalog.persistence.MarketRepository;
import dev.meridian.catalog.persistence.PriceRepository;
import dev.meridian.catalog.persistence.ProductMapper;
import dev.meridian.catalog.persistence.VariantSkuRepository;
import dev.meridian.platform.failure.NotFound;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Explicit prices of variants per market; each change records price.changed with the full snapshot. */
@ApplicationScoped
public class PriceService {

    private final ProductService products;
    private final ProductStateLoader states;
    private final MarketRepository markets;
    private final PriceRepository prices;
    private final VariantSkuRepository skus;
    private final ListingPrices listings;
    private final CatalogEvents events;

    public PriceService(ProductService products, ProductStateLoader states, MarketRepository markets,
                        PriceRepository prices, VariantSkuRepository skus, ListingPrices listings, CatalogEvents events) {
        this.products = products;
        this.states = states;
        this.markets = markets;
        this.prices = prices;
        this.skus = skus;
        this.listings = listings;
        this.events = events;
    }

    @WithTransaction
    public Uni<ProductState> setPrice(UUID productId, MarketPrice price) {
        return market(price.market()).chain(market -> {
            price.validateFor(market);
            return products.touch(productId).chain(entity -> {
                Product product = ProductMapper.toDomain(entity);
                product.variant(price.sku());
                return prices.upsert(productId, price)
                        .chain(() -> states.load(product, entity.version, entity.updatedAt))
                        .map(state -> state.withPrice(price))
                        .call(state -> listings.refresh(state, market))
                        .call(events::priceChanged);
            });
        });
    }

    /**
     * Sets the explicit price of the variant with this SKU (whichever product it belongs to) unless it is already
     * exactly that price: then nothing is written and no event recorded.
     *
     * @return true when the price was written
     */
    @WithTransaction
    public Uni<Boolean> upsertPrice(MarketPrice price) {
        return market(price.market()).invoke(price::validateFor)
                .chain(market -> skus.productOf(price.sku()))
                .chain(found -> {
                    UUID productId = found.orElseThrow(() -> new NotFound("variant", price.sku()));
                    return prices.forProduct(productId).chain(current -> current.contains(price)
                            ? Uni.createFrom().item(false)
                            : setPrice(productId, price).replaceWith(true));
                });
    }

    private Uni<Market> market(String code) {
        return markets.find(code).map(m -> m.orElseThrow(() -> new NotFound("market", code)));
    }
}
