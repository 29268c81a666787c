package dev.meridian.catalog.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.meridian.catalog.domain.storefront.SitemapEntry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The visible products of a market with their current handles, for the sitemap. */
@ApplicationScoped
public class SitemapRepository {

    private static final TypeReference<Map<String, String>> HANDLES = new TypeReference<>() { };
    private static final String VISIBLE = "from product_market pm join product p on p.id = pm.product_id "
            + "where pm.market = $1 and pm.published and pm.compliance_status = 'allowed' and p.status = 'ACTIVE'";

    private final Pool pool;

    public SitemapRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Long> countVisible(String market) {
        return pool.preparedQuery("select count(*) " + VISIBLE).execute(Tuple.of(market))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** One page of the market's visible products in a stable order (by id). */
    public Uni<List<SitemapEntry>> page(String market, int size, long offset) {
        return pool.preparedQuery("select p.id, p.updated_at, (select coalesce(json_object_agg(locale, handle), '{}') "
                        + "from product_handle h where h.product_id = p.id and h.current)::text " + VISIBLE
                        + " order by p.id limit $2 offset $3")
                .execute(Tuple.of(market, size, offset))
                .map(rows -> {
                    List<SitemapEntry> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new SitemapEntry(r.getUUID(0), DocJson.read(r.getString(2), HANDLES),
                                r.getOffsetDateTime(1).toInstant()));
                    }
                    return out;
                });
    }
}
