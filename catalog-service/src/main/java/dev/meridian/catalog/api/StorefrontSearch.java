package dev.meridian.catalog.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.catalog.domain.Availability;
import dev.meridian.catalog.domain.FxRates;
import dev.meridian.catalog.domain.LocalizedText;
import dev.meridian.catalog.domain.MarketPrice;
import dev.meridian.catalog.domain.PriceResolver;
import dev.meridian.catalog.domain.ResolvedPrice;
import dev.meridian.catalog.domain.Variant;
import dev.meridian.catalog.persistence.FxRateStore;
import dev.meridian.catalog.persistence.PriceStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
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
public class StorefrontSearch {

    public record Item(UUID id, String handle, String title, String locale, StorefrontProduct.PriceView price,
                       String availability) {
    }

    public record Page(List<Item> items, String next) {
    }

    private static final TypeReference<List<Variant>> VARIANTS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() { };

    private final Pool pool;
    private final FxRateStore fx;
    private final Clock clock;
    private final ObjectMapper docs = dev.meridian.catalog.persistence.DocJsonAccess.mapper();

    public StorefrontSearch(Pool pool, FxRateStore fx, Clock clock) {
        this.pool = pool;
        this.fx = fx;
        this.clock = clock;
    }

    public Uni<Page> page(ListQuery query) {
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
        String key;
        String order;
        String cmp;
        switch (query.sort()) {
            case RELEVANCE -> { key = "h.rank"; order = "h.rank desc, p.id asc"; cmp = "(h.rank < $K::real or (h.rank = $K::real and p.id > $I))"; }
            case PRICE_ASC -> { key = "pm.listing_price_minor"; order = "pm.listing_price_minor asc, pm.product_id asc";
                cmp = "(pm.listing_price_minor, pm.product_id) > ($K::bigint, $I)"; }
            case PRICE_DESC -> { key = "pm.listing_price_minor"; order = "pm.listing_price_minor desc, p.id asc";
                cmp = "(pm.listing_price_minor < $K::bigint or (pm.listing_price_minor = $K::bigint and p.id > $I))"; }
            default -> { key = "pm.product_created_at"; order = "pm.product_created_at desc, pm.product_id desc";
                cmp = "(pm.product_created_at, pm.product_id) < ($K::timestamptz, $I)"; }
        }
        if (query.sort() == ListQuery.Sort.PRICE_ASC || query.sort() == ListQuery.Sort.PRICE_DESC) {
            sql.append("and pm.listing_price_minor is not null ");
        }
        if (query.cursor() != null) {
            String raw = query.cursor()[1];
            try {
                params.add(switch (query.sort()) {
                    case RELEVANCE -> Float.parseFloat(raw);
                    case PRICE_ASC, PRICE_DESC -> Long.parseLong(raw);
                    default -> OffsetDateTime.parse(raw);
                });
            } catch (RuntimeException e) {
                throw dev.meridian.platform.problem.ProblemException.invalid("cursor", "not a cursor of this listing");
            }
            String k = "$" + params.size();
            params.add(UUID.fromString(query.cursor()[2]));
            String i = "$" + params.size();
            sql.append("and ").append(cmp.replace("$K", k).replace("$I", i)).append(' ');
        }
        params.add(query.limit() + 1);
        sql.append("order by ").append(order).append(" limit $").append(params.size());
                return fx.into(query.market().currency().getCurrencyCode()).chain(rates ->
                pool.preparedQuery(sql.toString()).execute(Tuple.from(params)).map(rows -> {
                    List<Item> items = new ArrayList<>();
                    String next = null;
                    String lastKey = null;
                    int n = 0;
                    for (Row r : rows) {
                        if (++n > query.limit()) {
                            Item last = items.get(items.size() - 1);
                            next = ListQuery.cursor(query.sort(), lastKey, last.id());
                            break;
                        }
                        items.add(item(r, query, rates));
                        lastKey = keyOf(r, query.sort());
                    }
                    return new Page(items, next);
                }));
    }

    private static String keyOf(Row r, ListQuery.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> String.valueOf(r.getFloat(5));
            case PRICE_ASC, PRICE_DESC -> String.valueOf(r.getLong(4));
            default -> r.getOffsetDateTime(3).toString();
        };
    }

    private Item item(Row r, ListQuery query, FxRates rates) {
        Map<String, String> title = read(r.getString(1), TEXT);
        var picked = query.chain().pick(new LocalizedText(title).values()).orElseThrow();
        List<Variant> variants = read(r.getString(2), VARIANTS);
        List<MarketPrice> prices = prices(r.getString(8), query.market().code());
        ResolvedPrice from = null;
        for (Variant v : variants) {
            MarketPrice explicit = prices.stream().filter(p -> p.sku().equals(v.sku())).findFirst().orElse(null);
            ResolvedPrice price = PriceResolver.resolve(v.basePrice(), explicit, query.market(), rates, clock.instant())
                    .orElse(null);
            if (price != null && (from == null || price.amount().compareTo(from.amount()) < 0)) {
                from = price;
            }
        }
        return new Item(r.getUUID(0), r.getString(6), picked.getValue(), picked.getKey(),
                from == null ? null : StorefrontViews.price(from), Availability.of(r.getLong(7)).wire());
    }

    private List<MarketPrice> prices(String json, String market) {
        List<List<Object>> rows = read(json, new TypeReference<>() { });
        List<MarketPrice> out = new ArrayList<>();
        for (List<Object> p : rows) {
            String currency = (String) p.get(1);
            out.add(new MarketPrice((String) p.get(0), market, money(currency, p.get(2)), money(currency, p.get(3)),
                    money(currency, p.get(4)), instant(p.get(5)), instant(p.get(6))));
        }
        return out;
    }

    private static dev.meridian.platform.money.Money money(String currency, Object minor) {
        return minor == null ? null : dev.meridian.platform.money.Money.ofMinor(currency, ((Number) minor).longValue());
    }

    private static java.time.Instant instant(Object t) {
        return t == null ? null : OffsetDateTime.parse((String) t).toInstant();
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return docs.readValue(json, type);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable stored document", e);
        }
    }
}
