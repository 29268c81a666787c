package dev.meridian.catalog.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.catalog.domain.Handle;
import dev.meridian.catalog.domain.LocaleChain;
import dev.meridian.catalog.domain.Market;
import dev.meridian.catalog.domain.ProductStatus;
import dev.meridian.catalog.persistence.HandleStore;
import dev.meridian.catalog.persistence.MarketStore;
import dev.meridian.catalog.persistence.ProductMapper;
import dev.meridian.catalog.persistence.ProductRepository;
import dev.meridian.catalog.persistence.StockStore;
import dev.meridian.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/markets/{market}")
@Tag(name = "Storefront")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class StorefrontResource {

    private final MarketStore markets;
    private final HandleStore handles;
    private final ProductRepository products;
    private final ProductStateLoader states;
    private final StockStore stock;
    private final StorefrontSearch search;
    private final ObjectMapper json;
    private final Clock clock;
    private final StorefrontCache cache;

    public StorefrontResource(MarketStore markets, HandleStore handles, ProductRepository products,
                              ProductStateLoader states, StockStore stock, StorefrontSearch search, ObjectMapper json,
                              Clock clock, StorefrontCache cache) {
        this.markets = markets;
        this.handles = handles;
        this.products = products;
        this.states = states;
        this.stock = stock;
        this.search = search;
        this.json = json;
        this.clock = clock;
        this.cache = cache;
    }

    @GET
    @Path("/products/{handle}")
    @Operation(summary = "A product by URL handle, localized (locale → language → market default), priced, with "
            + "availability and hreflang alternates; 301 from a renamed handle", description = "Public and cacheable: ETag, Cache-Control (public, max-age, stale-while-revalidate), 304 on If-None-Match, and Content-Language naming the locale served. 404 when the product is not visible in the market.")
    public Uni<Response> product(@PathParam("market") String marketCode, @PathParam("handle") String handle,
                                 @QueryParam("locale") String locale,
                                 @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return cache.get("p|" + marketCode + "|" + handle + "|" + locale, ifNoneMatch,
                () -> renderProduct(marketCode, handle, locale));
    }

    private Uni<Response> renderProduct(String marketCode, String handle, String locale) {
        String ifNoneMatch = null; // answered by the cache from the rendered ETag
        return market(marketCode).chain(market -> {
            LocaleChain chain = LocaleChain.of(locale, market);
            return handles.resolve(Handle.normalize(handle), allLocales(chain)).chain(found -> {
                HandleStore.HandleRow row = found.orElseThrow(() -> ProblemException.notFound("product", handle));
                // A session only around this read: holding its connection while the pool reads below wait for theirs
                // starves the pool under load.
                return Panache.withSession(() -> products.findById(row.productId())).chain(entity -> {
                    if (entity == null || !ProductStatus.ACTIVE.name().equals(entity.status)) {
                        throw ProblemException.notFound("product", handle);
                    }
                    return states.load(ProductMapper.toDomain(entity), entity.version, entity.updatedAt);
                }).chain(state -> {
                    if (state.publication(market.code()).filter(p -> p.visible()).isEmpty()) {
                        throw ProblemException.notFound("product", handle);
                    }
                    return handles.currentFor(state.product().id()).chain(current -> {
                        if (!row.current()) {
                            String target = current.stream().filter(h -> h.locale().equals(row.locale())).findFirst()
                                    .map(HandleStore.HandleRow::handle).orElseThrow(() -> ProblemException.notFound("product", handle));
                            return Uni.createFrom().item(Response.status(301)
                                    .location(URI.create(StorefrontViews.path(market.code(), target,
                                            locale == null ? row.locale() : chain.first())))
                                    .header("Cache-Control", HttpCaching.CACHE_CONTROL).build());
                        }
                        return stock.available(state.product().skus()).map(levels -> {
                            StorefrontProduct view = StorefrontViews.product(state, market, chain, current, levels,
                                    clock.instant());
                            return HttpCaching.cacheable(json, view, ifNoneMatch, view.locale(), MediaType.APPLICATION_JSON);
                        });
                    });
                });
            });
        });
    }

    @GET
    @Path("/products")
    @Operation(summary = "List or search a market's products: filters, sorting, cursor pagination {items, next}", description = "Full-text search in the locale's language (accent- and case-insensitive), filters by category, price range, option values and availability, sorting by relevance, price or newest. limit is 1-100.")
    public Uni<Response> list(@PathParam("market") String marketCode, @QueryParam("locale") String locale,
                              @QueryParam("q") String q, @QueryParam("category") java.util.UUID category,
                              @QueryParam("minPrice") String minPrice, @QueryParam("maxPrice") String maxPrice,
                              @QueryParam("option") java.util.List<String> options,
                              @QueryParam("availability") String availability, @QueryParam("sort") String sort,
                              @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                              @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String key = String.join("|", "l", marketCode, locale, q, String.valueOf(category), minPrice, maxPrice,
                String.valueOf(options), availability, sort, String.valueOf(limit), cursor);
        return cache.get(key, ifNoneMatch, () -> market(marketCode).chain(market -> {
            LocaleChain chain = LocaleChain.of(locale, market);
            ListQuery query = ListQuery.parse(market, chain, q, category, minPrice, maxPrice, options, availability,
                    sort, limit, cursor);
            return search.page(query).map(page -> HttpCaching.cacheable(json, page, null, chain.first(),
                    MediaType.APPLICATION_JSON));
        }));
    }

    private Uni<Market> market(String code) {
        return markets.find(code).map(m -> m.orElseThrow(() -> ProblemException.notFound("market", code)));
    }

    /** Handles are looked up in the requested chain first, then in any locale of the market. */
    private static java.util.List<String> allLocales(LocaleChain chain) {
        return chain.tags();
    }
}
