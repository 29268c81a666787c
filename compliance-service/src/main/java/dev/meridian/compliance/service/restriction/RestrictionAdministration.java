package dev.meridian.compliance.service.restriction;

import dev.meridian.compliance.domain.restriction.ReevaluationJob;
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

/**
 * Restriction rules and protected terms: each change is audited and queues a re-evaluation of every known product
 * in the same transaction; the job runs in the background ({@link ReevaluationWorker}).
 */
@ApplicationScoped
public class RestrictionAdministration {

    private final RestrictionRuleRepository rules;
    private final ProtectedTermRepository terms;
    private final Reevaluations reevaluations;
    private final AuditRepository audit;
    private final JsonCodec json;
    private final Clock clock;

    public RestrictionAdministration(RestrictionRuleRepository rules, ProtectedTermRepository terms,
                                     Reevaluations reevaluations, AuditRepository audit, JsonCodec json, Clock clock) {
        this.rules = rules;
        this.terms = terms;
        this.reevaluations = reevaluations;
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

    /** A rule as stored, and the re-evaluation it queued. */
    public record RuleAdded(RestrictionRule rule, ReevaluationJob reevaluation) {
    }

    /** A term as stored, and the re-evaluation it queued. */
    public record TermAdded(String term, ReevaluationJob reevaluation) {
    }

    public Uni<RuleAdded> addRule(AddRestrictionRuleCommand c, String actor) {
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
                .chain(rule -> reevaluations.queue("restriction-rule:" + rule.id() + " v" + rule.version(), actor)
                        .map(job -> new RuleAdded(rule, job))));
    }

    public Uni<TermAdded> addTerm(String term, String actor) {
        String stored = ProtectedTerm.of(term);
        return Panache.withTransaction(() -> terms.add(stored, actor, clock.instant())
                .invoke(added -> {
                    if (!added) {
                        throw new StateConflict("'" + stored + "' is a protected term already",
                                Map.of("term", stored));
                    }
                })
                .chain(() -> audit.append(actor, "protected-term.added", "protected-term:" + stored, null, null))
                .chain(() -> reevaluations.queue("protected-term:" + stored, actor))
                .map(job -> new TermAdded(stored, job)));
    }
}
