package dev.meridian.catalog.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.meridian.catalog.domain.pricing.MarketPrice;
import dev.meridian.catalog.domain.product.Variant;
import dev.meridian.catalog.domain.storefront.Availability;
import dev.meridian.catalog.domain.storefront.ListedProduct;
import dev.meridian.catalog.domain.storefront.ListingQuery;
import dev.meridian.platform.money.Money;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Storefront list and full-text search over a market's visible products. Text search uses each locale's own
 * PostgreSQL configuration over unaccented text; user input only ever travels as bind parameters.
 */
@ApplicationScoped
public class StorefrontSearchRepository {

    private static final TypeReference<List<Variant>> VARIANTS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() { };
    private static final TypeReference<List<List<Object>>> PRICES = new TypeReference<>() { };

    private final Pool pool;

    public StorefrontSearchRepository(Pool pool) {
        this.pool = pool;
    }

    /** The products of the page in order, plus one more when there is a next page. */
    public Uni<List<ListedProduct>> page(ListingQuery query) {
        List<Object> params = new ArrayList<>();
        params.add(query.market().code());
        params.add(query.chain().tags().toArray(String[]::new));
        StringBuilder sql = new StringBuilder();
        String rank = "0::real";
        if (query.q() != null) {
            params.add(query.q());
            sql.append("with hits as (select product_id, max(ts_rank(document, websearch_to_tsquery(config, unaccent($3)))) as rank "
                    + "from product_search where locale = any($2) and document @@ websearch_to_tsquery(config, unaccent($3)) "
                    + "group by product_id) ");
            rank = "h.rank";
        }
        sql.append("select p.id, p.title::text, p.variants::text, p.created_at, pm.listing_price_minor, ").append(rank)
                .append(", (select handle from product_handle ph where ph.product_id = p.id and ph.current "
                        + "order by array_position($2, ph.locale) nulls last limit 1) as handle, "
                        + "(select coalesce(sum(available), 0) from stock_level s where s.sku = any(p.skus)) as stock, "
                        + "(select coalesce(json_agg(json_build_array(vp.sku, vp.currency, vp.amount_minor, vp.compare_at_minor, "
                        + "vp.sale_minor, vp.sale_from, vp.sale_until)), '[]')::text from variant_price vp "
                        + "where vp.product_id = p.id and vp.market = $1) as prices "
                        + "from product_market pm join product p on p.id = pm.product_id ");
        if (query.q() != null) {
            sql.append("join hits h on h.product_id = p.id ");
        }
        // The three visibility conditions match the partial indexes of V4, so each sort is an ordered index scan.
        sql.append("where pm.market = $1 and pm.published and pm.compliance_status = 'allowed' and pm.product_active ");
        if (query.category() != null) {
            params.add(query.category());
            sql.append("and p.category_id in (with recursive tree as (select id from category where id = $")
                    .append(params.size()).append(" union all select c.id from category c join tree t on c.parent_id = t.id) "
                            + "select id from tree) ");
        }
        if (query.minPrice() != null) {
            params.add(query.minPrice());
            sql.append("and pm.listing_price_minor >= $").append(params.size()).append(' ');
        }
        if (query.maxPrice() != null) {
            params.add(query.maxPrice());
            sql.append("and pm.listing_price_minor <= $").append(params.size()).append(' ');
        }
        if (!query.options().isEmpty()) {
            params.add(query.options().toArray(String[]::new));
            sql.append("and p.option_values @> $").append(params.size()).append(' ');
        }
        if (query.availability() != null) {
            String stock = "(select coalesce(sum(available), 0) from stock_level s where s.sku = any(p.skus))";
            sql.append("and ").append(stock).append(switch (query.availability()) {
                case "in-stock" -> " > " + Availability.LOW_THRESHOLD;
                case "low" -> " between 1 and " + Availability.LOW_THRESHOLD;
                case "out" -> " <= 0";
                default -> " > 0";
            }).append(' ');
        }
        String order;
        String cmp;
        switch (query.sort()) {
            case RELEVANCE -> { order = "h.rank desc, p.id asc"; cmp = "(h.rank < $K::real or (h.rank = $K::real and p.id > $I))"; }
            case PRICE_ASC -> { order = "pm.listing_price_minor asc, pm.product_id asc";
                cmp = "(pm.listing_price_minor, pm.product_id) > ($K::bigint, $I)"; }
            case PRICE_DESC -> { order = "pm.listing_price_minor desc, p.id asc";
                cmp = "(pm.listing_price_minor < $K::bigint or (pm.listing_price_minor = $K::bigint and p.id > $I))"; }
            default -> { order = "pm.product_created_at desc, pm.product_id desc";
                cmp = "(pm.product_created_at, pm.product_id) < ($K::timestamptz, $I)"; }
        }
        if (query.sort() == ListingQuery.Sort.PRICE_ASC || query.sort() == ListingQuery.Sort.PRICE_DESC) {
            sql.append("and pm.listing_price_minor is not null ");
        }
        if (query.cursor() != null) {
            String raw = query.cursor().key();
            params.add(switch (query.sort()) {
                case RELEVANCE -> Float.parseFloat(raw);
                case PRICE_ASC, PRICE_DESC -> Long.parseLong(raw);
                default -> OffsetDateTime.parse(raw);
            });
            String k = "$" + params.size();
            params.add(query.cursor().id());
            String i = "$" + params.size();
            sql.append("and ").append(cmp.replace("$K", k).replace("$I", i)).append(' ');
        }
        params.add(query.limit() + 1);
        sql.append("order by ").append(order).append(" limit $").append(params.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params)).map(rows -> {
            List<ListedProduct> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(listed(r, query));
            }
            return out;
        });
    }

    private static ListedProduct listed(Row r, ListingQuery query) {
        return new ListedProduct(r.getUUID(0), DocJson.read(r.getString(1), TEXT), DocJson.read(r.getString(2), VARIANTS),
                prices(r.getString(8), query.market().code()), r.getString(6), r.getLong(7), sortKey(r, query.sort()));
    }

    private static String sortKey(Row r, ListingQuery.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> String.valueOf(r.getFloat(5));
            case PRICE_ASC, PRICE_DESC -> String.valueOf(r.getLong(4));
            default -> r.getOffsetDateTime(3).toString();
        };
    }

    private static List<MarketPrice> prices(String json, String market) {
        List<MarketPrice> out = new ArrayList<>();
        for (List<Object> p : DocJson.read(json, PRICES)) {
            String currency = (String) p.get(1);
            out.add(new MarketPrice((String) p.get(0), market, money(currency, p.get(2)), money(currency, p.get(3)),
                    money(currency, p.get(4)), instant(p.get(5)), instant(p.get(6))));
        }
        return out;
    }

    private static Money money(String currency, Object minor) {
        return minor == null ? null : Money.ofMinor(currency, ((Number) minor).longValue());
    }

    private static Instant instant(Object t) {
        return t == null ? null : OffsetDateTime.parse((String) t).toInstant();
    }
}
