package dev.meridian.compliance.persistence;

import dev.meridian.compliance.domain.tax.DutyDeMinimis;
import dev.meridian.compliance.domain.tax.DutyRule;
import dev.meridian.compliance.domain.tax.FxRate;
import dev.meridian.compliance.domain.tax.LowValueRegime;
import dev.meridian.compliance.domain.tax.PreferentialOrigin;
import dev.meridian.compliance.domain.tax.RoundingPolicy;
import dev.meridian.compliance.domain.tax.RoundingRule;
import dev.meridian.compliance.domain.tax.RuleSet;
import dev.meridian.compliance.domain.tax.TaxRule;
import dev.meridian.compliance.domain.tax.Validity;
import dev.meridian.platform.money.Money;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads every rule table into one immutable {@link RuleSet}. */
@ApplicationScoped
public class RuleSetLoader {

    private final Pool pool;

    public RuleSetLoader(Pool pool) {
        this.pool = pool;
    }

    public Uni<RuleSet> load() {
        return Uni.combine().all().unis(
                        rows("select * from tax_rule", r -> new TaxRule(r.getString("id"), r.getInteger("version"),
                                r.getString("country"), r.getString("region"), r.getString("category"), r.getString("tax_name"),
                                r.getBigDecimal("rate_percent"), validity(r), r.getBoolean("approximation"))),
                        rows("select * from duty_rule", r -> new DutyRule(r.getString("id"), r.getInteger("version"),
                                r.getString("destination"), r.getString("hs_prefix"), r.getBigDecimal("rate_percent"),
                                validity(r), r.getString("note"))),
                        rows("select * from low_value_regime", r -> new LowValueRegime(r.getString("id"), r.getInteger("version"),
                                r.getString("destination"), r.getString("code"), r.getString("above_code"), threshold(r),
                                validity(r), r.getString("description"))),
                        rows("select * from duty_de_minimis", r -> new DutyDeMinimis(r.getString("id"), r.getInteger("version"),
                                r.getString("destination"), threshold(r), r.getBoolean("suspended"), validity(r), r.getString("note"))),
                        rows("select * from fx_rate", r -> new FxRate(r.getString("id"), r.getInteger("version"),
                                r.getString("currency"), r.getBigDecimal("per_eur"), validity(r), r.getString("source"))),
                        rows("select * from rounding_rule", r -> new RoundingRule(r.getString("id"), r.getInteger("version"),
                                r.getString("country"), RoundingPolicy.valueOf(r.getString("policy")))),
                        rows("select * from preferential_origin", r -> new PreferentialOrigin(r.getString("id"),
                                r.getInteger("version"), r.getString("destination"), r.getString("origin"), r.getString("agreement"))))
                .with(list -> new RuleSet(cast(list.get(0)), cast(list.get(1)), cast(list.get(2)), cast(list.get(3)),
                        cast(list.get(4)), cast(list.get(5)), cast(list.get(6))));
    }

    private <T> Uni<List<T>> rows(String sql, Function<Row, T> mapper) {
        return pool.query(sql).execute().map(rows -> {
            List<T> out = new ArrayList<>();
            rows.forEach(r -> out.add(mapper.apply(r)));
            return out;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object list) {
        return (List<T>) list;
    }

    private static Validity validity(Row r) {
        return new Validity(r.getLocalDate("valid_from"), r.getLocalDate("valid_to"));
    }

    private static Money threshold(Row r) {
        return Money.of(Money.currencyOf(r.getString("threshold_currency").trim()),
                r.getBigDecimal("threshold_amount").stripTrailingZeros());
    }
}
