package dev.meridian.catalog.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Projection of fulfillment's stock levels: available quantity per SKU per location. */
@ApplicationScoped
public class StockRepository {

    private final Pool pool;
    private final SqlRepository sql;

    public StockRepository(Pool pool, SqlRepository sql) {
        this.pool = pool;
        this.sql = sql;
    }

    /** Keeps the newest level per (sku, location); an older event arriving late changes nothing. */
    public Uni<Integer> apply(String sku, String location, long available, Instant changedAt) {
        return sql.update("""
                insert into stock_level (sku, location, available, changed_at) values (:sku, :location, :available, :at)
                on conflict (sku, location) do update set available = excluded.available, changed_at = excluded.changed_at
                where stock_level.changed_at <= excluded.changed_at""",
                Map.of("sku", sku, "location", location, "available", available, "at", changedAt.atOffset(ZoneOffset.UTC)));
    }

    public Uni<Map<String, Long>> available(Collection<String> skus) {
        return pool.preparedQuery("select sku, sum(available) from stock_level where sku = any($1) group by sku")
                .execute(Tuple.of(skus.toArray(String[]::new))).map(rows -> {
                    Map<String, Long> out = new HashMap<>();
                    rows.forEach(r -> out.put(r.getString(0), r.getLong(1)));
                    return out;
                });
    }
}
