package dev.meridian.catalog.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.RoundingRule;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Markets: written in the caller's transaction, read from the pool. */
@ApplicationScoped
public class MarketRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String COLUMNS = "code, countries::text, currency, locales::text, tax_inclusive, rounding, fx_derived";

    private final Pool pool;
    private final SqlRepository sql;

    public MarketRepository(Pool pool, SqlRepository sql) {
        this.pool = pool;
        this.sql = sql;
    }

    public Uni<Integer> upsert(Market m) {
        return sql.update("""
                insert into market (code, countries, currency, locales, tax_inclusive, rounding, fx_derived)
                values (:code, cast(cast(:countries as text) as jsonb), :currency, cast(cast(:locales as text) as jsonb), :taxInclusive, :rounding, :fx)
                on conflict (code) do update set countries = excluded.countries, currency = excluded.currency,
                  locales = excluded.locales, tax_inclusive = excluded.tax_inclusive, rounding = excluded.rounding,
                  fx_derived = excluded.fx_derived, version = market.version + 1""",
                Map.of("code", m.code(), "countries", DocJson.write(m.countries()),
                        "currency", m.currency().getCurrencyCode(), "locales", DocJson.write(m.locales()),
                        "taxInclusive", m.taxInclusive(), "rounding", m.rounding().name(), "fx", m.fxDerived()));
    }

    /** Adds the market unless one with its code exists (in the caller's transaction); an existing one is kept. */
    public Uni<Integer> insertIfAbsent(Market m) {
        return sql.update("""
                insert into market (code, countries, currency, locales, tax_inclusive, rounding, fx_derived)
                values (:code, cast(cast(:countries as text) as jsonb), :currency, cast(cast(:locales as text) as jsonb), :taxInclusive, :rounding, :fx)
                on conflict (code) do nothing""",
                Map.of("code", m.code(), "countries", DocJson.write(m.countries()),
                        "currency", m.currency().getCurrencyCode(), "locales", DocJson.write(m.locales()),
                        "taxInclusive", m.taxInclusive(), "rounding", m.rounding().name(), "fx", m.fxDerived()));
    }

    public Uni<Optional<Market>> find(String code) {
        return pool.preparedQuery("select " + COLUMNS + " from market where code = $1").execute(Tuple.of(code))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toMarket(rows.iterator().next())));
    }

    public Uni<List<Market>> all() {
        return pool.query("select " + COLUMNS + " from market order by code").execute().map(rows -> {
            List<Market> out = new ArrayList<>();
            rows.forEach(r -> out.add(toMarket(r)));
            return out;
        });
    }

    static Market toMarket(Row r) {
        return Market.of(r.getString(0), DocJson.read(r.getString(1), STRINGS), r.getString(2),
                DocJson.read(r.getString(3), STRINGS), r.getBoolean(4), RoundingRule.valueOf(r.getString(5)),
                r.getBoolean(6));
    }
}
