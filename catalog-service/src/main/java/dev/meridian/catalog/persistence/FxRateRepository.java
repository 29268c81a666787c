package dev.meridian.catalog.persistence;

import dev.meridian.catalog.domain.pricing.FxRate;
import dev.meridian.catalog.domain.pricing.FxRates;
import dev.meridian.platform.money.Money;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The dated FX table. Rates are appended, never edited: a correction is a new rate with a later effectiveFrom. */
@ApplicationScoped
public class FxRateRepository {

    private final Pool pool;
    private final SqlRepository sql;

    public FxRateRepository(Pool pool, SqlRepository sql) {
        this.pool = pool;
        this.sql = sql;
    }

    public Uni<Integer> add(FxRate rate) {
        return sql.update("""
                insert into fx_rate (id, base, quote, rate, effective_from) values (:id, :base, :quote, :rate, :from)""",
                Map.of("id", UUID.randomUUID(), "base", rate.base().getCurrencyCode(), "quote", rate.quote().getCurrencyCode(),
                        "rate", rate.rate(), "from", rate.effectiveFrom().atOffset(ZoneOffset.UTC)));
    }

    /** Adds the rate unless one for the same pair and date exists (in the caller's transaction). */
    public Uni<Integer> addIfAbsent(FxRate rate) {
        return sql.update("""
                insert into fx_rate (id, base, quote, rate, effective_from) values (:id, :base, :quote, :rate, :from)
                on conflict (base, quote, effective_from) do nothing""",
                Map.of("id", UUID.randomUUID(), "base", rate.base().getCurrencyCode(), "quote", rate.quote().getCurrencyCode(),
                        "rate", rate.rate(), "from", rate.effectiveFrom().atOffset(ZoneOffset.UTC)));
    }

    /** Every rate into one quote currency; the table is small (a few rates per pair per month). */
    public Uni<FxRates> into(String quote) {
        return pool.preparedQuery("select base, quote, rate, effective_from from fx_rate where quote = $1")
                .execute(Tuple.of(quote)).map(rows -> {
                    List<FxRate> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new FxRate(Money.currencyOf(r.getString(0)), Money.currencyOf(r.getString(1)),
                            r.getBigDecimal(2), r.getOffsetDateTime(3).toInstant())));
                    return new FxRates(out);
                });
    }
}
