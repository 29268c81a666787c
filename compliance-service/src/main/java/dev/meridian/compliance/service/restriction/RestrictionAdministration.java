package dev.meridian.compliance.service.restriction;

import dev.meridian.compliance.domain.restriction.RestrictionRule;
import dev.meridian.compliance.domain.screening.ProtectedTerm;
import dev.meridian.compliance.domain.tax.RuleChecks;
import dev.meridian.compliance.persistence.AuditRepository;
import dev.meridian.compliance.persistence.JsonCodec;
import dev.meridian.compliance.persistence.ProtectedTermRepository;
import dev.meridian.compliance.persistence.RestrictionRuleRepository;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.failure.StateConflict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Restriction rules and protected terms: each change is audited and every known product is evaluated again. */
@ApplicationScoped
public class RestrictionAdministration {

    private final RestrictionRuleRepository rules;
    private final ProtectedTermRepository terms;
    private final MarketStatusService statuses;
    private final AuditRepository audit;
    private final JsonCodec json;
    private final Clock clock;

    public RestrictionAdministration(RestrictionRuleRepository rules, ProtectedTermRepository terms,
                                     MarketStatusService statuses, AuditRepository audit, JsonCodec json, Clock clock) {
        this.rules = rules;
        this.terms = terms;
        this.statuses = statuses;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public Uni<List<RestrictionRule>> rules() {
        return Panache.withSession(rules::latest);
    }

    public Uni<List<String>> terms() {
        return Panache.withSession(terms::all);
    }

    public Uni<RestrictionRule> addRule(AddRestrictionRuleCommand c, String actor) {
        RuleChecks.market("market", c.market());
        RestrictionRule draft;
        try {
            draft = new RestrictionRule(c.id(), 1, c.category(), c.market(), c.kind(), c.subject(), c.note());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("subject", e.getMessage());
        }
        return Panache.withTransaction(() -> rules.add(draft)
                .call(rule -> audit.append(actor, "restriction-rule.added", "restriction-rule:" + rule.id(), null,
                        json.write(rule)))
                .call(statuses::reevaluateAll));
    }

    public Uni<String> addTerm(String term, String actor) {
        String stored = ProtectedTerm.of(term);
        return Panache.withTransaction(() -> terms.add(stored, actor, clock.instant())
                .invoke(added -> {
                    if (!added) {
                        throw new StateConflict("'" + stored + "' is a protected term already",
                                Map.of("term", stored));
                    }
                })
                .chain(() -> audit.append(actor, "protected-term.added", "protected-term:" + stored, null, null))
                .chain(statuses::reevaluateAll)
                .replaceWith(stored));
    }
}
