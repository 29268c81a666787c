package dev.meridian.catalog.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.meridian.catalog.domain.product.Publication;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publication of a product per market, the compliance verdict per market and the market's "price from". */
@ApplicationScoped
public class PublicationRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final Pool pool;
    private final SqlRepository sql;

    public PublicationRepository(Pool pool, SqlRepository sql) {
        this.pool = pool;
        this.sql = sql;
    }

    public Uni<Integer> setPublished(UUID productId, String market, boolean published, Long listingPrice, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", UUID.randomUUID());
        params.put("product", productId);
        params.put("market", market);
        params.put("published", published);
        params.put("price", listingPrice);
        params.put("now", now.atOffset(ZoneOffset.UTC));
        return sql.update("""
                insert into product_market (id, product_id, market, published, listing_price_minor, updated_at)
                values (:id, :product, :market, :published, cast(:price as bigint), :now)
                on conflict (product_id, market) do update set published = excluded.published,
                  listing_price_minor = excluded.listing_price_minor, updated_at = excluded.updated_at""", params);
    }

    public Uni<Integer> setListingPrice(UUID productId, String market, Long listingPrice) {
        Map<String, Object> params = new HashMap<>();
        params.put("product", productId);
        params.put("market", market);
        params.put("price", listingPrice);
        return sql.update("update product_market set listing_price_minor = cast(:price as bigint) "
                + "where product_id = :product and market = :market", params);
    }

    /** Applies a compliance verdict unless a newer one was already applied (events may arrive out of order). */
    public Uni<Integer> setCompliance(UUID productId, String market, String status, List<String> reasons, Instant at) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", UUID.randomUUID());
        params.put("product", productId);
        params.put("market", market);
        params.put("status", status);
        params.put("reasons", DocJson.write(reasons == null ? List.of() : reasons));
        params.put("at", at.atOffset(ZoneOffset.UTC));
        return sql.update("""
                insert into product_market (id, product_id, market, published, compliance_status, compliance_reasons,
                  compliance_at, updated_at)
                select :id, :product, :market, false, :status, cast(cast(:reasons as text) as jsonb), :at, :at
                where exists (select 1 from product where id = :product) and exists (select 1 from market where code = :market)
                on conflict (product_id, market) do update set compliance_status = excluded.compliance_status,
                  compliance_reasons = excluded.compliance_reasons, compliance_at = excluded.compliance_at
                where product_market.compliance_at is null or product_market.compliance_at <= excluded.compliance_at""",
                params);
    }

    public Uni<List<Publication>> forProduct(UUID productId) {
        return pool.preparedQuery("""
                select market, published, compliance_status, compliance_reasons::text from product_market
                where product_id = $1 order by market""").execute(Tuple.of(productId)).map(rows -> {
                    List<Publication> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new Publication(r.getString(0), r.getBoolean(1), r.getString(2),
                            DocJson.read(r.getString(3), STRINGS))));
                    return out;
                });
    }

    /** The products published (or with a verdict) in a market whose prices derive by FX into this currency. */
    public Uni<List<UUID>> inFxDerivedMarketsOf(String currency) {
        return pool.preparedQuery("""
                        select distinct pm.product_id from product_market pm join market m on m.code = pm.market
                        where m.currency = $1 and m.fx_derived""")
                .execute(Tuple.of(currency))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(r -> ids.add(r.getUUID(0)));
                    return ids;
                });
    }
}
