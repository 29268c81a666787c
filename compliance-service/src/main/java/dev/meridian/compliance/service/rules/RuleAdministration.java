package dev.meridian.compliance.service.rules;

import dev.meridian.compliance.domain.tax.DatedRule;
import dev.meridian.compliance.domain.tax.DutyDeMinimis;
import dev.meridian.compliance.domain.tax.DutyRule;
import dev.meridian.compliance.domain.tax.FxRate;
import dev.meridian.compliance.domain.tax.LowValueRegime;
import dev.meridian.compliance.domain.tax.RuleChecks;
import dev.meridian.compliance.domain.tax.RuleKind;
import dev.meridian.compliance.domain.tax.RuleVersioning;
import dev.meridian.compliance.domain.tax.TaxRule;
import dev.meridian.compliance.domain.tax.Validity;
import dev.meridian.compliance.persistence.AuditRepository;
import dev.meridian.compliance.persistence.JsonCodec;
import dev.meridian.compliance.persistence.RuleRepository;
import dev.meridian.platform.failure.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.function.IntFunction;
import org.jboss.logging.Logger;

/**
 * The one way every dated rule changes (tax rules, duty rates, de minimis, low-value regimes, FX rates): checks
 * that answer 400 before any database work, then in one transaction the rule-set lock, the version checks of
 * {@link RuleVersioning} (409), the insert and its audit entry ({@code <kind>.version-added}, before = the
 * superseded version); after commit, {@link #refresh} brings this instance's {@link RuleBook} up to date (every
 * other instance follows on its next version check).
 */
@ApplicationScoped
public class RuleAdministration {

    private static final Logger LOG = Logger.getLogger(RuleAdministration.class);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RuleRepository repository;
    private final AuditRepository audit;
    private final RuleBook book;
    private final JsonCodec json;

    public RuleAdministration(RuleRepository repository, AuditRepository audit, RuleBook book, JsonCodec json) {
        this.repository = repository;
        this.audit = audit;
        this.book = book;
        this.json = json;
    }

    public Uni<TaxRule> add(RuleCommands.AddTaxRule c, String actor) {
        RuleChecks.country("country", c.country());
        BigDecimal rate = RuleChecks.percent("ratePercent", c.ratePercent(), HUNDRED);
        Validity validity = new Validity(c.validFrom(), c.validTo());
        return addVersion(c.id(), c.supersedesVersion(), actor, preflight(v -> new TaxRule(c.id(), v, c.country(),
                blankToNull(c.region()), c.category(), c.taxName().strip(), rate, validity, c.approximation())));
    }

    public Uni<DutyRule> add(RuleCommands.AddDutyRule c, String actor) {
        RuleChecks.customsTerritory("destination", c.destination());
        BigDecimal rate = RuleChecks.percent("ratePercent", c.ratePercent(), null); // duty may exceed 100 %
        Validity validity = new Validity(c.validFrom(), c.validTo());
        return addVersion(c.id(), c.supersedesVersion(), actor, preflight(v -> new DutyRule(c.id(), v, c.destination(),
                c.hsPrefix(), rate, validity, blankToNull(c.note()))));
    }

    public Uni<DutyDeMinimis> add(RuleCommands.AddDeMinimis c, String actor) {
        RuleChecks.customsTerritory("destination", c.destination());
        var threshold = RuleChecks.threshold("threshold", c.threshold());
        Validity validity = new Validity(c.validFrom(), c.validTo());
        return addVersion(c.id(), c.supersedesVersion(), actor, preflight(v -> new DutyDeMinimis(c.id(), v,
                c.destination(), threshold, c.suspended(), validity, blankToNull(c.note()))));
    }

    public Uni<LowValueRegime> add(RuleCommands.AddLowValueRegime c, String actor) {
        RuleChecks.customsTerritory("destination", c.destination());
        RuleViolation.require(!c.code().equals(c.aboveCode()), "aboveCode", "must differ from code");
        var threshold = RuleChecks.threshold("threshold", c.threshold());
        Validity validity = new Validity(c.validFrom(), c.validTo());
        return addVersion(c.id(), c.supersedesVersion(), actor, preflight(v -> new LowValueRegime(c.id(), v,
                c.destination(), c.code(), c.aboveCode(), threshold, validity, blankToNull(c.description()))));
    }

    public Uni<FxRate> add(RuleCommands.AddFxRate c, String actor) {
        RuleChecks.currency("currency", c.currency());
        RuleViolation.require(!"EUR".equals(c.currency()), "currency", "EUR is the base of every rate");
        RuleViolation.require(c.perEur() != null && c.perEur().signum() > 0, "perEur", "must be positive");
        Validity validity = new Validity(c.validFrom(), c.validTo());
        return addVersion(c.id(), c.supersedesVersion(), actor, preflight(v -> new FxRate(c.id(), v, c.currency(),
                c.perEur(), validity, c.source().strip())));
    }

    /**
     * Brings this instance's rules up to date; call it once the change has committed. A failure is logged, not
     * raised: the change is stored, and the next version check loads it.
     */
    public Uni<Void> refresh() {
        return book.refreshIfChanged()
                .onFailure().invoke(e -> LOG.warnf("rules not refreshed after a change (the next check retries): %s", e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private <T extends DatedRule> Uni<T> addVersion(String id, Integer supersedes, String actor, IntFunction<T> build) {
        T draft = build.apply(1);
        RuleKind kind = draft.kind();
        return Panache.withTransaction(() -> repository.beginChange()
                .chain(() -> repository.latest(kind, id))
                .chain(latest -> repository.overlapping(kind, draft.subject(), id, draft.validity()).chain(other -> {
                    int version = RuleVersioning.nextVersion(kind, id, supersedes,
                            latest.map(l -> new RuleVersioning.Latest(l.version(), l.validFrom())),
                            draft.subject(), draft.validity(), other);
                    T rule = build.apply(version);
                    String before = latest.map(l -> l.rule().map(json::write).orElse(l.row())).orElse(null);
                    return repository.insert(rule)
                            .chain(() -> audit.append(actor, kind.label() + ".version-added", kind.label() + ":" + id,
                                    before, json.write(rule)))
                            .replaceWith(rule);
                })));
    }

    /** Runs the domain constructor once before touching the database, so its rules answer 400, not 500. */
    private static <T> IntFunction<T> preflight(IntFunction<T> build) {
        try {
            build.apply(1);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolation("body", e.getMessage());
        }
        return build;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
