package dev.meridian.catalog.persistence;

import dev.meridian.catalog.domain.pricing.MarketPrice;
import dev.meridian.platform.money.Money;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Explicit prices per variant per market. */
@ApplicationScoped
public class PriceRepository {

    private static final String COLUMNS = "sku, market, currency, amount_minor, compare_at_minor, sale_minor, sale_from, sale_until";

    private final Pool pool;
    private final SqlRepository sql;

    public PriceRepository(Pool pool, SqlRepository sql) {
        this.pool = pool;
        this.sql = sql;
    }

    public Uni<Integer> upsert(UUID productId, MarketPrice p) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", UUID.randomUUID());
        params.put("product", productId);
        params.put("sku", p.sku());
        params.put("market", p.market());
        params.put("amount", p.amount().minorUnits());
        params.put("currency", p.amount().currencyCode());
        params.put("compareAt", p.compareAt() == null ? null : p.compareAt().minorUnits());
        params.put("sale", p.sale() == null ? null : p.sale().minorUnits());
        params.put("saleFrom", p.saleFrom() == null ? null : p.saleFrom().atOffset(ZoneOffset.UTC));
        params.put("saleUntil", p.saleUntil() == null ? null : p.saleUntil().atOffset(ZoneOffset.UTC));
        return sql.update("""
                insert into variant_price (id, product_id, sku, market, amount_minor, currency, compare_at_minor,
                  sale_minor, sale_from, sale_until)
                values (:id, :product, :sku, :market, :amount, :currency, cast(:compareAt as bigint), cast(:sale as bigint),
                  cast(:saleFrom as timestamptz), cast(:saleUntil as timestamptz))
                on conflict (sku, market) do update set amount_minor = excluded.amount_minor, currency = excluded.currency,
                  compare_at_minor = excluded.compare_at_minor, sale_minor = excluded.sale_minor,
                  sale_from = excluded.sale_from, sale_until = excluded.sale_until""", params);
    }

    public Uni<List<MarketPrice>> forProduct(UUID productId) {
        return pool.preparedQuery("select " + COLUMNS + " from variant_price where product_id = $1")
                .execute(Tuple.of(productId)).map(rows -> {
                    List<MarketPrice> out = new ArrayList<>();
                    rows.forEach(r -> out.add(toPrice(r)));
                    return out;
                });
    }

    static MarketPrice toPrice(Row r) {
        String currency = r.getString(2);
        return new MarketPrice(r.getString(0), r.getString(1), Money.ofMinor(currency, r.getLong(3)),
                money(currency, r.getLong(4)), money(currency, r.getLong(5)), instant(r.getOffsetDateTime(6)),
                instant(r.getOffsetDateTime(7)));
    }

    private static Money money(String currency, Long minor) {
        return minor == null ? null : Money.ofMinor(currency, minor);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
