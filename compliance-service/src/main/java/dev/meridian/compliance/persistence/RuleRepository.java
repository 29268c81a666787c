package dev.meridian.compliance.persistence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.compliance.domain.tax.DatedRule;
import dev.meridian.compliance.domain.tax.DutyDeMinimis;
import dev.meridian.compliance.domain.tax.DutyRule;
import dev.meridian.compliance.domain.tax.FxRate;
import dev.meridian.compliance.domain.tax.LowValueRegime;
import dev.meridian.compliance.domain.tax.RuleKind;
import dev.meridian.compliance.domain.tax.RuleSet;
import dev.meridian.compliance.domain.tax.TaxRule;
import dev.meridian.compliance.domain.tax.Validity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every SQL statement about the dated rule tables, and the rule-set version: a counter every rule change moves in
 * its own transaction, so any instance can tell by one cheap query whether its in-memory rules are still current.
 * Rows are only ever inserted: a change is a new version.
 */
@ApplicationScoped
public class RuleRepository {

    private static final ObjectMapper ROWS = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** A stored row the domain refused (it is left out of the rule set). */
    public record UnreadableRow(String table, String row, String reason) {
    }

    /** Every readable rule at {@code version} of the rule set. */
    public record LoadedRules(long version, RuleSet rules, List<UnreadableRow> unreadable) {
    }

    /**
     * The newest version of a rule id as stored; {@code rule} is empty when the row cannot be read as a rule
     * (then {@code row} is all there is to show).
     */
    public record StoredVersion(int version, LocalDate validFrom, Optional<DatedRule> rule, String row) {
    }

    private record Table(String name, String subject, Function<JsonNode, ?> mapper) {
    }

    private static Table table(RuleKind kind) {
        return switch (kind) {
            case TAX_RULE -> new Table("tax_rule",
                    "country || '|' || coalesce(region, '') || '|' || category || '|' || tax_name", RuleRowMapper::taxRule);
            case DUTY_RULE -> new Table("duty_rule", "destination || '|' || hs_prefix", RuleRowMapper::dutyRule);
            case DUTY_DE_MINIMIS -> new Table("duty_de_minimis", "destination", RuleRowMapper::deMinimis);
            case LOW_VALUE_REGIME -> new Table("low_value_regime", "destination", RuleRowMapper::lowValueRegime);
            case FX_RATE -> new Table("fx_rate", "currency", RuleRowMapper::fxRate);
        };
    }

    private final Pool pool;

    public RuleRepository(Pool pool) {
        this.pool = pool;
    }

    /** The rule-set version as committed; needs no session. */
    public Uni<Long> version() {
        return pool.query("select version from rule_set_state where id = 1").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * Reads every rule table. The version is read first: a change committed while the tables are read is at worst
     * loaded early and loaded again on the next check, never missed.
     */
    public Uni<LoadedRules> load() {
        return version().chain(version -> {
            List<UnreadableRow> unreadable = new ArrayList<>();
            return Uni.combine().all().unis(
                            rows("tax_rule", RuleRowMapper::taxRule, unreadable),
                            rows("duty_rule", RuleRowMapper::dutyRule, unreadable),
                            rows("low_value_regime", RuleRowMapper::lowValueRegime, unreadable),
                            rows("duty_de_minimis", RuleRowMapper::deMinimis, unreadable),
                            rows("fx_rate", RuleRowMapper::fxRate, unreadable),
                            rows("rounding_rule", RuleRowMapper::roundingRule, unreadable),
                            rows("preferential_origin", RuleRowMapper::preference, unreadable))
                    .with(list -> new LoadedRules(version, new RuleSet(cast(list.get(0)), cast(list.get(1)),
                            cast(list.get(2)), cast(list.get(3)), cast(list.get(4)), cast(list.get(5)), cast(list.get(6))),
                            List.copyOf(unreadable)));
        });
    }

    /**
     * Starts a rule change in the caller's transaction: moves the rule-set version and holds its row lock until
     * commit, so rule changes (on any instance, of any kind) run one after another and their checks cannot race.
     */
    public Uni<Long> beginChange() {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "update rule_set_state set version = version + 1 where id = 1 returning version", Long.class)
                .getSingleResult());
    }

    public Uni<Optional<StoredVersion>> latest(RuleKind kind, String id) {
        Table table = table(kind);
        return Panache.getSession().chain(s -> s.createNativeQuery("select row_to_json(t)::text from " + table.name()
                        + " t where id = :id order by version desc limit 1", String.class)
                .setParameter("id", id).getResultList())
                .map(rows -> rows.stream().findFirst().map(row -> stored(table, row)));
    }

    /** Another rule id about {@code subject} with a version in force at some time during {@code validity}, if any. */
    public Uni<Optional<String>> overlapping(RuleKind kind, String subject, String id, Validity validity) {
        Table table = table(kind);
        return Panache.getSession().chain(s -> s.createNativeQuery("select id from " + table.name()
                        + " where " + table.subject() + " = :subject and id <> :id"
                        + " and (valid_to is null or valid_to > :from)"
                        + " and (cast(:to as date) is null or valid_from < cast(:to as date)) order by id limit 1",
                        String.class)
                .setParameter("subject", subject).setParameter("id", id)
                .setParameter("from", validity.from()).setParameter("to", validity.to())
                .getResultList())
                .map(rows -> rows.stream().findFirst());
    }

    public Uni<Void> insert(DatedRule rule) {
        return Panache.getSession().chain(s -> (switch (rule) {
            case TaxRule r -> s.createNativeQuery("""
                            insert into tax_rule (id, version, country, region, category, tax_name, rate_percent,
                                                  valid_from, valid_to, approximation)
                            values (:id, :version, :country, :region, :category, :taxName, :rate, :from, :to, :approx)""")
                    .setParameter("country", r.country()).setParameter("region", r.region())
                    .setParameter("category", r.category()).setParameter("taxName", r.taxName())
                    .setParameter("rate", r.ratePercent()).setParameter("approx", r.approximation());
            case DutyRule r -> s.createNativeQuery("""
                            insert into duty_rule (id, version, destination, hs_prefix, rate_percent, valid_from, valid_to,
                                                   note)
                            values (:id, :version, :destination, :hs, :rate, :from, :to, :note)""")
                    .setParameter("destination", r.destination()).setParameter("hs", r.hsPrefix())
                    .setParameter("rate", r.ratePercent()).setParameter("note", r.note());
            case DutyDeMinimis r -> s.createNativeQuery("""
                            insert into duty_de_minimis (id, version, destination, threshold_currency, threshold_amount,
                                                         suspended, valid_from, valid_to, note)
                            values (:id, :version, :destination, :currency, :amount, :suspended, :from, :to, :note)""")
                    .setParameter("destination", r.destination()).setParameter("currency", r.threshold().currencyCode())
                    .setParameter("amount", r.threshold().amount()).setParameter("suspended", r.suspended())
                    .setParameter("note", r.note());
            case LowValueRegime r -> s.createNativeQuery("""
                            insert into low_value_regime (id, version, destination, code, above_code, threshold_currency,
                                                          threshold_amount, valid_from, valid_to, description)
                            values (:id, :version, :destination, :code, :above, :currency, :amount, :from, :to,
                                    :description)""")
                    .setParameter("destination", r.destination()).setParameter("code", r.code())
                    .setParameter("above", r.aboveCode()).setParameter("currency", r.threshold().currencyCode())
                    .setParameter("amount", r.threshold().amount()).setParameter("description", r.description());
            case FxRate r -> s.createNativeQuery("""
                            insert into fx_rate (id, version, currency, per_eur, valid_from, valid_to, source)
                            values (:id, :version, :currency, :perEur, :from, :to, :source)""")
                    .setParameter("currency", r.currency()).setParameter("perEur", r.perEur())
                    .setParameter("source", r.source());
        })
                .setParameter("id", rule.id()).setParameter("version", rule.version())
                .setParameter("from", rule.validity().from()).setParameter("to", rule.validity().to())
                .executeUpdate()).replaceWithVoid();
    }

    private <T> Uni<List<T>> rows(String table, Function<JsonNode, T> mapper, List<UnreadableRow> unreadable) {
        return pool.query("select row_to_json(t)::text from " + table + " t order by id, version").execute().map(rows -> {
            List<T> out = new ArrayList<>();
            rows.forEach(r -> {
                String row = r.getString(0);
                try {
                    out.add(mapper.apply(ROWS.readTree(row)));
                } catch (Exception e) {
                    synchronized (unreadable) {
                        unreadable.add(new UnreadableRow(table, row, e.toString()));
                    }
                }
            });
            return out;
        });
    }

    private static StoredVersion stored(Table table, String row) {
        JsonNode node;
        try {
            node = ROWS.readTree(row);
        } catch (Exception e) {
            throw new IllegalStateException("row_to_json gave no JSON: " + row, e);
        }
        Optional<DatedRule> rule;
        try {
            rule = Optional.of((DatedRule) table.mapper().apply(node));
        } catch (RuntimeException e) {
            rule = Optional.empty();
        }
        LocalDate validFrom;
        try {
            validFrom = RuleRowMapper.date(node, "valid_from");
        } catch (RuntimeException e) {
            validFrom = LocalDate.MAX; // unreadable: every new version must then name a new id
        }
        return new StoredVersion(node.path("version").asInt(), validFrom, rule, row);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object list) {
        return (List<T>) list;
    }
}
