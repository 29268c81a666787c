package dev.meridian.compliance.api;

import dev.meridian.compliance.domain.restriction.MarketEvaluator;
import dev.meridian.compliance.domain.restriction.MarketStatus;
import dev.meridian.compliance.domain.restriction.ProductFacts;
import dev.meridian.compliance.domain.restriction.ReviewDecision;
import dev.meridian.compliance.domain.screening.TermMatch;
import dev.meridian.compliance.domain.screening.TermScreener;
import dev.meridian.compliance.messaging.ComplianceEvents;
import dev.meridian.compliance.messaging.MarketStatusData;
import dev.meridian.compliance.persistence.AuditLog;
import dev.meridian.compliance.persistence.RestrictionStore;
import dev.meridian.platform.outbox.Outbox;
import dev.meridian.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Evaluates products against restriction rules and protected terms and publishes market-status through the
 * outbox whenever the verdict changes (new product, product change, rule or term change, review decision).
 * Every method runs inside the caller's transaction.
 */
@ApplicationScoped
public class MarketStatusService {

    private final RestrictionStore store;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public MarketStatusService(RestrictionStore store, Outbox outbox, AuditLog audit, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Uni<List<MarketStatus>> onProduct(ProductFacts facts) {
        return store.product(facts.productId())
                .chain(previous -> evaluateAndPublish(facts, previous.map(RestrictionStore.Stored::statuses).orElse(null)));
    }

    /** After a rule or term change: every known product, re-published where its verdict changed. */
    public Uni<Void> reevaluateAll() {
        return store.productIds().chain(ids -> Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(this::reevaluate)
                .collect().asList()).replaceWithVoid();
    }

    public Uni<List<MarketStatus>> reevaluate(String productId) {
        return store.product(productId).chain(stored -> stored
                .map(s -> evaluateAndPublish(s.facts(), s.statuses()))
                .orElseThrow(() -> ProblemException.notFound("product", productId)));
    }

    public Uni<List<TermMatch>> matches(ProductFacts facts) {
        return store.terms().map(terms -> new TermScreener(terms).screen(facts.texts()));
    }

    public Uni<List<MarketStatus>> decideReview(String productId, boolean approved, String actor, String comment) {
        return store.product(productId)
                .map(p -> p.orElseThrow(() -> ProblemException.notFound("product", productId)))
                .chain(p -> matches(p.facts()).chain(found -> {
                    Set<String> terms = found.stream().map(TermMatch::term).collect(Collectors.toCollection(TreeSet::new));
                    if (terms.isEmpty()) {
                        throw ProblemException.conflict("product " + productId + " has no protected term to review");
                    }
                    ReviewDecision decision = new ReviewDecision(terms, approved, actor, comment);
                    return store.saveReview(productId, decision, clock.instant())
                            .chain(() -> audit.append(actor, approved ? "review.approved" : "review.rejected",
                                    "product:" + productId, null, store.write(decision)))
                            .chain(() -> evaluateAndPublish(p.facts(), p.statuses()));
                }));
    }

    private Uni<List<MarketStatus>> evaluateAndPublish(ProductFacts facts, String previousStatuses) {
        Instant now = clock.instant();
        return Uni.combine().all().unis(store.rules(), matches(facts), store.review(facts.productId()))
                .asTuple()
                .chain(t -> {
                    List<MarketStatus> statuses = MarketEvaluator.evaluate(facts, t.getItem1(), t.getItem2(),
                            t.getItem3());
                    String current = store.write(statuses);
                    Uni<Void> save = store.saveProduct(facts, current, now);
                    if (current.equals(previousStatuses)) {
                        return save.replaceWith(statuses);
                    }
                    return save
                            .chain(() -> outbox.record(ComplianceEvents.TOPIC, ComplianceEvents.MARKET_STATUS,
                                    facts.productId(), MarketStatusData.of(facts.productId(), facts.sku(), now, statuses)))
                            .chain(() -> audit.append("system", "product.market-status.changed", "product:" + facts.productId(),
                                    previousStatuses, current))
                            .replaceWith(statuses);
                });
    }
}
