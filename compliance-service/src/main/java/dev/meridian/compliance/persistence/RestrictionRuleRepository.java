package dev.meridian.compliance.persistence;

import dev.meridian.compliance.domain.restriction.RestrictionKind;
import dev.meridian.compliance.domain.restriction.RestrictionRule;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Restriction rules ("category into market requires certification"); every call joins the caller's session. */
@ApplicationScoped
public class RestrictionRuleRepository {

    /** The latest version of every restriction rule. */
    public Uni<List<RestrictionRule>> latest() {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        select distinct on (id) id, version, category, market, kind, subject, note
                        from restriction_rule order by id, version desc""", Object[].class).getResultList())
                .map(rows -> rows.stream().map(r -> new RestrictionRule((String) r[0], ((Number) r[1]).intValue(),
                        (String) r[2], (String) r[3], RestrictionKind.valueOf((String) r[4]), (String) r[5],
                        (String) r[6])).toList());
    }

    /**
     * Inserts the rule as the next version of its id and answers it with that version. Versions of one id are
     * numbered under a transaction-scoped lock, so two concurrent additions get 1 and 2 instead of a key violation.
     */
    public Uni<RestrictionRule> add(RestrictionRule rule) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select 1 from pg_advisory_xact_lock(hashtext(:key))").setParameter("key", "restriction-rule:" + rule.id())
                .getSingleResult()
                .chain(() -> s.createNativeQuery("""
                        insert into restriction_rule (id, version, category, market, kind, subject, note)
                        values (:id, (select coalesce(max(version), 0) + 1 from restriction_rule where id = :id),
                                :category, :market, :kind, :subject, :note)
                        returning version""", Integer.class)
                .setParameter("id", rule.id()).setParameter("category", rule.category())
                .setParameter("market", rule.market()).setParameter("kind", rule.kind().name())
                .setParameter("subject", rule.subject()).setParameter("note", rule.note()).getSingleResult()))
                .map(version -> new RestrictionRule(rule.id(), version, rule.category(), rule.market(), rule.kind(),
                        rule.subject(), rule.note()));
    }
}
