package dev.meridian.catalog.service.storefront;

import dev.meridian.catalog.config.SitemapConfig;
import dev.meridian.catalog.domain.localization.Handle;
import dev.meridian.catalog.domain.localization.LocaleChain;
import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.product.ProductHandle;
import dev.meridian.catalog.domain.product.ProductState;
import dev.meridian.catalog.domain.product.ProductStatus;
import dev.meridian.catalog.domain.storefront.ListedProduct;
import dev.meridian.catalog.domain.storefront.ListingItem;
import dev.meridian.catalog.domain.storefront.ListingPage;
import dev.meridian.catalog.domain.storefront.ListingQuery;
import dev.meridian.catalog.domain.storefront.ProductPath;
import dev.meridian.catalog.domain.storefront.ShopperViews;
import dev.meridian.catalog.domain.storefront.SitemapPage;
import dev.meridian.catalog.persistence.FxRateRepository;
import dev.meridian.catalog.persistence.HandleRepository;
import dev.meridian.catalog.persistence.MarketRepository;
import dev.meridian.catalog.persistence.ProductMapper;
import dev.meridian.catalog.persistence.ProductRepository;
import dev.meridian.catalog.persistence.SitemapRepository;
import dev.meridian.catalog.persistence.StockRepository;
import dev.meridian.catalog.persistence.StorefrontSearchRepository;
import dev.meridian.catalog.service.product.ProductStateLoader;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The shopper's reads: a product by handle, list and search pages, the sitemap. Served from catalog's own data
 * (no call to another service), through the micro-cache.
 */
@ApplicationScoped
public class StorefrontService {

    private final MarketRepository markets;
    private final HandleRepository handles;
    private final ProductRepository products;
    private final ProductStateLoader states;
    private final StockRepository stock;
    private final FxRateRepository fx;
    private final StorefrontSearchRepository search;
    private final SitemapRepository sitemaps;
    private final SitemapConfig sitemapConfig;
    private final StorefrontCache cache;
    private final Clock clock;

    public StorefrontService(MarketRepository markets, HandleRepository handles, ProductRepository products,
                             ProductStateLoader states, StockRepository stock, FxRateRepository fx,
                             StorefrontSearchRepository search, SitemapRepository sitemaps, SitemapConfig sitemapConfig,
                             StorefrontCache cache, Clock clock) {
        this.markets = markets;
        this.handles = handles;
        this.products = products;
        this.states = states;
        this.stock = stock;
        this.fx = fx;
        this.search = search;
        this.sitemaps = sitemaps;
        this.sitemapConfig = sitemapConfig;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * A product by URL handle, localized (locale → language → market default): found, or moved when the handle is
     * an old one. Not found unless the product is visible in the market.
     */
    public Uni<ProductLookup> product(String marketCode, String handle, String locale) {
        return cache.get(StorefrontKeys.product(marketCode, handle, locale), () -> readProduct(marketCode, handle, locale));
    }

    private Uni<ProductLookup> readProduct(String marketCode, String handle, String locale) {
        // Every market is loaded once: the requested one, and the others for the alternates.
        return markets.all().map(ProductStateLoader::byCode).chain(all -> {
            Market market = all.get(marketCode);
            if (market == null) {
                throw new NotFound("market", marketCode);
            }
            LocaleChain chain = LocaleChain.of(locale, market);
            return handles.resolve(Handle.normalize(handle), chain.tags()).chain(found -> {
                ProductHandle row = found.orElseThrow(() -> new NotFound("product", handle));
                // A session only around this read: holding its connection while the pool reads below wait for theirs
                // starves the pool under load.
                return Panache.withSession(() -> products.findById(row.productId())).chain(entity -> {
                    if (entity == null || !ProductStatus.ACTIVE.name().equals(entity.status)) {
                        throw new NotFound("product", handle);
                    }
                    return states.load(ProductMapper.toDomain(entity), entity.version, entity.updatedAt, all);
                }).chain(state -> {
                    if (!state.visibleIn(market.code())) {
                        throw new NotFound("product", handle);
                    }
                    return handles.currentFor(state.product().id())
                            .chain(current -> row.current()
                                    ? render(state, market, chain, current)
                                    : Uni.createFrom().item(moved(market, row, current, locale, chain, handle)));
                });
            });
        });
    }

    private Uni<ProductLookup> render(ProductState state, Market market, LocaleChain chain, List<ProductHandle> current) {
        return stock.available(state.product().skus()).map(levels -> new ProductLookup.Found(
                ShopperViews.product(state, market, chain, current, levels, clock.instant())));
    }

    private static ProductLookup moved(Market market, ProductHandle old, List<ProductHandle> current, String locale,
                                       LocaleChain chain, String handle) {
        String target = current.stream().filter(h -> h.locale().equals(old.locale())).findFirst()
                .map(ProductHandle::handle).orElseThrow(() -> new NotFound("product", handle));
        return new ProductLookup.Moved(ProductPath.of(market.code(), target, locale == null ? old.locale() : chain.first()));
    }

    /** A list or search page of the market's visible products. */
    public Uni<ListingPage> list(String marketCode, ListingQuery.Params params) {
        return cache.get(StorefrontKeys.list(marketCode, params), () -> market(marketCode).chain(market -> {
            ListingQuery query = ListingQuery.parse(market, params);
            return fx.into(market.currency().getCurrencyCode()).chain(rates -> search.page(query).map(found -> {
                List<ListingItem> items = new ArrayList<>();
                String next = null;
                for (ListedProduct listed : found) {
                    if (items.size() == query.limit()) {
                        ListedProduct last = found.get(items.size() - 1);
                        next = ListingQuery.cursor(query.sort(), last.sortKey(), last.id());
                        break;
                    }
                    items.add(ShopperViews.item(listed, market, query.chain(), rates, clock.instant()));
                }
                return new ListingPage(query.chain().first(), items, next);
            }));
        }));
    }

    /** The market's sitemap, or its n-th page when it is an index; cached like the pages it lists. */
    public Uni<SitemapPage> sitemap(String marketCode, Integer page) {
        return cache.get(StorefrontKeys.sitemap(marketCode, page), () -> readSitemap(marketCode, page));
    }

    private Uni<SitemapPage> readSitemap(String marketCode, Integer page) {
        int max = sitemapConfig.maxUrls();
        return market(marketCode).chain(market -> sitemaps.countVisible(market.code()).chain(total -> {
            if (page == null && total > max) {
                return Uni.createFrom().item(new SitemapPage.Index(market, (int) ((total + max - 1) / max)));
            }
            int n = page == null ? 1 : page;
            RuleViolation.require(n >= 1, "page", "must be at least 1");
            return sitemaps.page(market.code(), max, (long) (n - 1) * max)
                    .map(entries -> new SitemapPage.Urls(market, entries));
        }));
    }

    private Uni<Market> market(String code) {
        return markets.find(code).map(m -> m.orElseThrow(() -> new NotFound("market", code)));
    }
}
