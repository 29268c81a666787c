package dev.meridian.catalog.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.catalog.domain.Market;
import dev.meridian.catalog.persistence.DocJsonAccess;
import dev.meridian.catalog.persistence.MarketStore;
import dev.meridian.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sitemap per market with xhtml:link alternates per locale and lastmod. Above the protocol's limit of 50,000 URLs
 * the unpaged address answers a sitemap index and {@code ?page=n} the n-th sitemap.
 */
@Path("/v1/markets/{market}/sitemap.xml")
@Tag(name = "Storefront")
@PermitAll
public class SitemapResource {

    private static final TypeReference<Map<String, String>> HANDLES = new TypeReference<>() { };
    private static final String VISIBLE = "from product_market pm join product p on p.id = pm.product_id "
            + "where pm.market = $1 and pm.published and pm.compliance_status = 'allowed' and p.status = 'ACTIVE'";

    private final Pool pool;
    private final MarketStore markets;
    private final ObjectMapper json;
    private final int maxUrls;
    private final String baseUrl;

    public SitemapResource(Pool pool, MarketStore markets, ObjectMapper json,
                           @ConfigProperty(name = "catalog.sitemap.max-urls", defaultValue = "50000") int maxUrls,
                           @ConfigProperty(name = "catalog.storefront.base-url", defaultValue = "https://shop.example.com") String baseUrl) {
        this.pool = pool;
        this.markets = markets;
        this.json = json;
        this.maxUrls = maxUrls;
        this.baseUrl = baseUrl;
    }

    @GET
    @Produces("application/xml")
    @Operation(summary = "Sitemap (or sitemap index above 50,000 URLs) of a market's visible products", description = "Each URL carries lastmod and xhtml:link alternates for every locale and market where the product is published; use ?page=n for the pages of an index.")
    public Uni<Response> sitemap(@PathParam("market") String code, @QueryParam("page") Integer page,
                                 @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return markets.find(code).chain(found -> {
            Market market = found.orElseThrow(() -> ProblemException.notFound("market", code));
            return pool.preparedQuery("select count(*) " + VISIBLE).execute(Tuple.of(market.code())).chain(rows -> {
                long total = rows.iterator().next().getLong(0);
                if (page == null && total > maxUrls) {
                    return Uni.createFrom().item(xml(index(market, (int) ((total + maxUrls - 1) / maxUrls)), ifNoneMatch));
                }
                int n = page == null ? 1 : page;
                if (n < 1) {
                    throw ProblemException.invalid("page", "must be at least 1");
                }
                return pool.preparedQuery("select p.id, p.updated_at, (select coalesce(json_object_agg(locale, handle), '{}') "
                                + "from product_handle h where h.product_id = p.id and h.current)::text " + VISIBLE
                                + " order by p.id limit $2 offset $3")
                        .execute(Tuple.of(market.code(), maxUrls, (long) (n - 1) * maxUrls))
                        .map(products -> xml(urlset(market, products), ifNoneMatch));
            });
        });
    }

    private Response xml(String body, String ifNoneMatch) {
        return HttpCaching.cacheable(json, body, ifNoneMatch, null, "application/xml");
    }

    private String index(Market market, int pages) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 1; i <= pages; i++) {
            out.append("  <sitemap><loc>").append(baseUrl).append("/v1/markets/").append(market.code())
                    .append("/sitemap.xml?page=").append(i).append("</loc></sitemap>\n");
        }
        return out.append("</sitemapindex>\n").toString();
    }

    private String urlset(Market market, io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Row r : rows) {
            Map<String, String> handles = read(r.getString(2));
            String defaultHandle = null;
            for (String locale : market.locales()) {
                if (handles.containsKey(locale)) {
                    defaultHandle = defaultHandle == null ? handles.get(locale) : defaultHandle;
                }
            }
            if (defaultHandle == null) {
                continue;
            }
            String loc = market.locales().stream().filter(handles::containsKey).findFirst()
                    .map(l -> url(market, handles.get(l), l)).orElseThrow();
            out.append("  <url>\n    <loc>").append(loc).append("</loc>\n    <lastmod>")
                    .append(r.getOffsetDateTime(1).toInstant()).append("</lastmod>\n");
            for (String locale : market.locales()) {
                if (handles.containsKey(locale)) {
                    out.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(locale).append("\" href=\"")
                            .append(url(market, handles.get(locale), locale)).append("\"/>\n");
                }
            }
            out.append("  </url>\n");
        }
        return out.append("</urlset>\n").toString();
    }

    private String url(Market market, String handle, String locale) {
        return (baseUrl + StorefrontViews.path(market.code(), handle, locale)).replace("&", "&amp;");
    }

    private Map<String, String> read(String text) {
        try {
            return DocJsonAccess.mapper().readValue(text, HANDLES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
