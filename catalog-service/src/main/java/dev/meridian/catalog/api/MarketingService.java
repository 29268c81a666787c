package dev.meridian.catalog.api;

import dev.meridian.catalog.domain.Market;
import dev.meridian.catalog.domain.MarketPrice;
import dev.meridian.catalog.domain.Product;
import dev.meridian.catalog.messaging.CatalogEvents;
import dev.meridian.catalog.messaging.SnapshotAssembler;
import dev.meridian.catalog.persistence.MarketStore;
import dev.meridian.catalog.persistence.PriceStore;
import dev.meridian.catalog.persistence.ProductMapper;
import dev.meridian.catalog.persistence.PublicationStore;
import dev.meridian.catalog.persistence.PublicationStore.Publication;
import dev.meridian.catalog.persistence.Sql;
import dev.meridian.platform.outbox.Outbox;
import dev.meridian.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Prices per market and publication per market; each change records a full-snapshot event. */
@ApplicationScoped
public class MarketingService {

    private final ProductService products;
    private final ProductStateLoader states;
    private final MarketStore markets;
    private final PriceStore prices;
    private final PublicationStore publications;
    private final Sql sql;
    private final Outbox outbox;
    private final Clock clock;

    public MarketingService(ProductService products, ProductStateLoader states, MarketStore markets, PriceStore prices,
                            PublicationStore publications, Sql sql, Outbox outbox, Clock clock) {
        this.sql = sql;
        this.products = products;
        this.states = states;
        this.markets = markets;
        this.prices = prices;
        this.publications = publications;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<ProductState> setPrice(UUID productId, MarketPrice price) {
        return market(price.market()).chain(market -> {
            price.validateFor(market);
            return products.touch(productId).chain(entity -> {
                Product product = ProductMapper.toDomain(entity);
                product.variant(price.sku());
                return prices.upsert(productId, price)
                        .chain(() -> states.load(product, entity.version, entity.updatedAt))
                        .map(state -> state.with(state.publications(), replace(state.prices(), price)))
                        .call(state -> refreshListing(state, market))
                        .call(state -> outbox.record(CatalogEvents.TOPIC, CatalogEvents.PRICE_CHANGED,
                                productId.toString(), SnapshotAssembler.of(state, clock.instant())));
            });
        });
    }

    /**
     * Sets the explicit price of the variant with this SKU (whichever product it belongs to) unless it is already
     * exactly that price: then nothing is written and no event recorded.
     *
     * @return true when the price was written
     */
    public Uni<Boolean> upsertPrice(MarketPrice price) {
        return market(price.market()).invoke(price::validateFor)
                .chain(market -> sql.<Object>list("select cast(product_id as text) from variant_sku where sku = :sku",
                        java.util.Map.of("sku", price.sku())))
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        throw ProblemException.notFound("variant", price.sku());
                    }
                    UUID productId = UUID.fromString(rows.getFirst().toString());
                    return prices.forProduct(productId).chain(current -> current.contains(price)
                            ? Uni.createFrom().item(false)
                            : setPrice(productId, price).replaceWith(true));
                });
    }

    public Uni<ProductState> setPublished(UUID productId, String marketCode, boolean published) {
        return market(marketCode).chain(market -> products.touch(productId).chain(entity -> {
            Product product = ProductMapper.toDomain(entity);
            return states.load(product, entity.version, entity.updatedAt).chain(state -> {
                Long listing = state.listingPrice(market, clock.instant());
                Publication current = state.publication(marketCode)
                        .orElse(new Publication(marketCode, false, "allowed", List.of()));
                Publication next = new Publication(marketCode, published, current.complianceStatus(), current.reasons());
                ProductState after = state.with(replace(state.publications(), next), state.prices());
                return publications.setPublished(productId, marketCode, published, listing, clock.instant())
                        .chain(() -> outbox.record(CatalogEvents.TOPIC,
                                published ? CatalogEvents.PRODUCT_PUBLISHED : CatalogEvents.PRODUCT_UNPUBLISHED,
                                productId.toString(), SnapshotAssembler.of(after, clock.instant())))
                        .replaceWith(after);
            });
        }));
    }

    /** Keeps each market's "price from" (filters, sorting) in step with prices. */
    public Uni<Void> refreshListing(ProductState state, Market only) {
        return Multi.createFrom().iterable(state.publications())
                .filter(p -> only == null || p.market().equals(only.code()))
                .onItem().transformToUniAndConcatenate(p -> {
                    Market m = state.markets().get(p.market());
                    return publications.setListingPrice(state.product().id(), p.market(),
                            m == null ? null : state.listingPrice(m, clock.instant()));
                })
                .collect().last().replaceWithVoid();
    }

    private Uni<Market> market(String code) {
        return markets.find(code).map(m -> m.orElseThrow(() -> ProblemException.notFound("market", code)));
    }

    private static List<MarketPrice> replace(List<MarketPrice> all, MarketPrice price) {
        List<MarketPrice> out = new ArrayList<>(all.stream()
                .filter(p -> !(p.sku().equals(price.sku()) && p.market().equals(price.market()))).toList());
        out.add(price);
        return out;
    }

    private static List<Publication> replace(List<Publication> all, Publication next) {
        List<Publication> out = new ArrayList<>(all.stream().filter(p -> !p.market().equals(next.market())).toList());
        out.add(next);
        return out;
    }
}
