package dev.meridian.compliance.persistence;

import dev.meridian.compliance.domain.tax.TaxRule;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes rule versions inside the caller's transaction; versions are never updated, only added. */
@ApplicationScoped
public class TaxRuleWriter {

    public Uni<Integer> nextVersion(String id) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select coalesce(max(version), 0) + 1 from tax_rule where id = :id", Integer.class)
                .setParameter("id", id).getSingleResult());
    }

    public Uni<Void> insert(TaxRule rule) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into tax_rule (id, version, country, region, category, tax_name, rate_percent, valid_from,
                                              valid_to, approximation)
                        values (:id, :version, :country, :region, :category, :taxName, :rate, :from, :to, :approx)""")
                .setParameter("id", rule.id()).setParameter("version", rule.version())
                .setParameter("country", rule.country()).setParameter("region", rule.region())
                .setParameter("category", rule.category()).setParameter("taxName", rule.taxName())
                .setParameter("rate", rule.ratePercent()).setParameter("from", rule.validity().from())
                .setParameter("to", rule.validity().to()).setParameter("approx", rule.approximation())
                .executeUpdate()).replaceWithVoid();
    }
}
