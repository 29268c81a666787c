package dev.meridian.catalog.api.storefront;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.catalog.domain.storefront.ListingQuery;
import dev.meridian.catalog.service.storefront.ProductLookup;
import dev.meridian.catalog.service.storefront.StorefrontService;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/markets/{market}")
@Tag(name = "Storefront")
@Produces(MediaType.APPLICATION_JSON)
public class StorefrontResource {

    private final StorefrontService storefront;
    private final ObjectMapper json;

    public StorefrontResource(StorefrontService storefront, ObjectMapper json) {
        this.storefront = storefront;
        this.json = json;
    }

    @GET
    @PermitAll
    @Path("/products/{handle}")
    @Operation(summary = "A product by URL handle, localized (locale → language → market default), priced, with "
            + "availability and hreflang alternates; 301 from a renamed handle", description = "Public and cacheable: ETag, Cache-Control (public, max-age, stale-while-revalidate), 304 on If-None-Match, and Content-Language naming the locale served. 404 when the product is not visible in the market.")
    public Uni<Response> product(@PathParam("market") String market, @PathParam("handle") String handle,
                                 @QueryParam("locale") String locale,
                                 @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return storefront.product(market, handle, locale).map(found -> switch (found) {
            case ProductLookup.Found f -> HttpCaching.cacheable(json, StorefrontProduct.of(f.product()), ifNoneMatch,
                    f.product().locale(), MediaType.APPLICATION_JSON);
            case ProductLookup.Moved m -> HttpCaching.movedPermanently(m.path());
        });
    }

    @GET
    @PermitAll
    @Path("/products")
    @Operation(summary = "List or search a market's products: filters, sorting, cursor pagination {items, next}", description = "Full-text search in the locale's language (accent- and case-insensitive), filters by category, price range, option values and availability, sorting by relevance, price or newest. limit is 1-100.")
    public Uni<Response> list(@PathParam("market") String market, @QueryParam("locale") String locale,
                              @QueryParam("q") String q, @QueryParam("category") UUID category,
                              @QueryParam("minPrice") String minPrice, @QueryParam("maxPrice") String maxPrice,
                              @QueryParam("option") List<String> options,
                              @QueryParam("availability") String availability, @QueryParam("sort") String sort,
                              @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                              @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ListingQuery.Params params = new ListingQuery.Params(locale, q, category, minPrice, maxPrice, options,
                availability, sort, limit, cursor);
        return storefront.list(market, params).map(page -> HttpCaching.cacheable(json, StorefrontPage.of(page),
                ifNoneMatch, page.locale(), MediaType.APPLICATION_JSON));
    }
}
