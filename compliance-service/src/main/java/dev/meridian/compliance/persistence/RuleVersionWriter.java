package dev.meridian.compliance.persistence;

import dev.meridian.compliance.domain.tax.DutyDeMinimis;
import dev.meridian.compliance.domain.tax.DutyRule;
import dev.meridian.compliance.domain.tax.FxRate;
import dev.meridian.compliance.domain.tax.LowValueRegime;
import dev.meridian.compliance.domain.tax.Validity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Adds versions of the dated trade rules (duty rates, duty de minimis, low-value import regimes, FX reference
 * rates) inside the caller's transaction. Rows are only ever inserted: a change is a new version.
 */
@ApplicationScoped
public class RuleVersionWriter {

    /** A rule table and the column that says what a rule is about (two rules about the same thing must not overlap). */
    public enum Table {
        DUTY_RULE("duty_rule", "destination || '|' || hs_prefix"),
        DUTY_DE_MINIMIS("duty_de_minimis", "destination"),
        LOW_VALUE_REGIME("low_value_regime", "destination"),
        FX_RATE("fx_rate", "currency");

        final String name;
        final String subject;

        Table(String name, String subject) {
            this.name = name;
            this.subject = subject;
        }
    }

    /** The newest version of a rule id. */
    public record Latest(int version, LocalDate validFrom) {
    }

    /**
     * Serialises rule changes per table for the rest of the transaction, so the version and overlap checks
     * below cannot race with a concurrent change (the primary key would only catch the same id).
     */
    public Uni<Void> lock(Table table) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select 1 from pg_advisory_xact_lock(hashtext(:key))").setParameter("key", "rule:" + table.name)
                .getSingleResult()).replaceWithVoid();
    }

    public Uni<Optional<Latest>> latest(Table table, String id) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select version, valid_from from " + table.name
                        + " where id = :id order by version desc limit 1", Object[].class)
                .setParameter("id", id).getResultList())
                .map(rows -> rows.stream().findFirst().map(r -> new Latest(((Number) r[0]).intValue(), date(r[1]))));
    }

    /** Another rule id about the same subject whose validity meets {@code validity}, if any. */
    public Uni<Optional<String>> overlapping(Table table, String subject, String id, Validity validity) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select id from " + table.name
                        + " where " + table.subject + " = :subject and id <> :id"
                        + " and (valid_to is null or valid_to > :from)"
                        + " and (cast(:to as date) is null or valid_from < cast(:to as date)) order by id limit 1", String.class)
                .setParameter("subject", subject).setParameter("id", id)
                .setParameter("from", validity.from()).setParameter("to", validity.to())
                .getResultList())
                .map(rows -> rows.stream().findFirst());
    }

    public Uni<Void> insert(DutyRule r) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into duty_rule (id, version, destination, hs_prefix, rate_percent, valid_from, valid_to, note)
                        values (:id, :version, :destination, :hs, :rate, :from, :to, :note)""")
                .setParameter("id", r.id()).setParameter("version", r.version()).setParameter("destination", r.destination())
                .setParameter("hs", r.hsPrefix()).setParameter("rate", r.ratePercent())
                .setParameter("from", r.validity().from()).setParameter("to", r.validity().to())
                .setParameter("note", r.note()).executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> insert(DutyDeMinimis r) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into duty_de_minimis (id, version, destination, threshold_currency, threshold_amount, suspended,
                                                     valid_from, valid_to, note)
                        values (:id, :version, :destination, :currency, :amount, :suspended, :from, :to, :note)""")
                .setParameter("id", r.id()).setParameter("version", r.version()).setParameter("destination", r.destination())
                .setParameter("currency", r.threshold().currencyCode()).setParameter("amount", r.threshold().amount())
                .setParameter("suspended", r.suspended())
                .setParameter("from", r.validity().from()).setParameter("to", r.validity().to())
                .setParameter("note", r.note()).executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> insert(LowValueRegime r) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into low_value_regime (id, version, destination, code, above_code, threshold_currency,
                                                      threshold_amount, valid_from, valid_to, description)
                        values (:id, :version, :destination, :code, :above, :currency, :amount, :from, :to, :description)""")
                .setParameter("id", r.id()).setParameter("version", r.version()).setParameter("destination", r.destination())
                .setParameter("code", r.code()).setParameter("above", r.aboveCode())
                .setParameter("currency", r.threshold().currencyCode()).setParameter("amount", r.threshold().amount())
                .setParameter("from", r.validity().from()).setParameter("to", r.validity().to())
                .setParameter("description", r.description()).executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> insert(FxRate r) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into fx_rate (id, version, currency, per_eur, valid_from, valid_to, source)
                        values (:id, :version, :currency, :perEur, :from, :to, :source)""")
                .setParameter("id", r.id()).setParameter("version", r.version()).setParameter("currency", r.currency())
                .setParameter("perEur", r.perEur())
                .setParameter("from", r.validity().from()).setParameter("to", r.validity().to())
                .setParameter("source", r.source()).executeUpdate()).replaceWithVoid();
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }
}
