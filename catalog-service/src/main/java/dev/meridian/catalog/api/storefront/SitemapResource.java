package dev.meridian.catalog.api.storefront;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.catalog.config.StorefrontConfig;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sitemap per market with xhtml:link alternates per locale and lastmod. Above the protocol's limit of 50,000 URLs
 * the unpaged address answers a sitemap index and {@code ?page=n} the n-th sitemap.
 */
@Path("/v1/markets/{market}/sitemap.xml")
@Tag(name = "Storefront")
public class SitemapResource {

    private static final String XML = "application/xml";

    private final StorefrontService storefront;
    private final StorefrontConfig config;
    private final ObjectMapper json;

    public SitemapResource(StorefrontService storefront, StorefrontConfig config, ObjectMapper json) {
        this.storefront = storefront;
        this.config = config;
        this.json = json;
    }

    @GET
    @PermitAll
    @Produces(XML)
    @Operation(summary = "Sitemap (or sitemap index above 50,000 URLs) of a market's visible products", description = "Each URL carries lastmod and xhtml:link alternates for every locale and market where the product is published; use ?page=n for the pages of an index.")
    public Uni<Response> sitemap(@PathParam("market") String market, @QueryParam("page") Integer page,
                                 @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return storefront.sitemap(market, page).map(sitemap ->
                HttpCaching.cacheable(json, SitemapXml.of(sitemap, config.baseUrl()), ifNoneMatch, null, XML));
    }
}
