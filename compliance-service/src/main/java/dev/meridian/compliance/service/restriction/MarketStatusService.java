package dev.meridian.compliance.service.restriction;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.meridian.compliance.domain.restriction.MarketEvaluator;
import dev.meridian.compliance.domain.restriction.MarketStatus;
import dev.meridian.compliance.domain.restriction.ProductFacts;
import dev.meridian.compliance.domain.restriction.ReviewDecision;
import dev.meridian.compliance.domain.screening.TermMatch;
import dev.meridian.compliance.domain.screening.TermScreener;
import dev.meridian.compliance.messaging.MarketStatusEvents;
import dev.meridian.compliance.persistence.AuditRepository;
import dev.meridian.compliance.persistence.JsonCodec;
import dev.meridian.compliance.persistence.ProductRepository;
import dev.meridian.compliance.persistence.ProductRepository.StoredProduct;
import dev.meridian.compliance.persistence.ProtectedTermRepository;
import dev.meridian.compliance.persistence.RestrictionRuleRepository;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.StateConflict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Evaluates products against restriction rules and protected terms and publishes market-status through the
 * outbox whenever the verdict changes (new product, product change, rule or term change, review decision).
 */
@ApplicationScoped
public class MarketStatusService {

    private static final TypeReference<List<MarketStatus>> STATUSES = new TypeReference<>() { };
    private static final Logger LOG = Logger.getLogger(MarketStatusService.class);

    private final ProductRepository products;
    private final RestrictionRuleRepository rules;
    private final ProtectedTermRepository terms;
    private final MarketStatusEvents events;
    private final AuditRepository audit;
    private final JsonCodec json;
    private final Clock clock;

    public MarketStatusService(ProductRepository products, RestrictionRuleRepository rules, ProtectedTermRepository terms,
                               MarketStatusEvents events, AuditRepository audit, JsonCodec json, Clock clock) {
        this.products = products;
        this.rules = rules;
        this.terms = terms;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /** The statuses last published for a product (checkout's market check). */
    public Uni<List<MarketStatus>> statuses(String productId) {
        return Panache.withSession(() -> products.find(productId))
                .map(found -> json.read(found.orElseThrow(() -> new NotFound("product", productId)).statuses(), STATUSES));
    }

    /**
     * A product's facts from a catalog snapshot at {@code catalogVersion}; runs in the caller's transaction (the
     * consumer's inbox transaction). A snapshot older than the one the stored facts came from (a replay from the
     * dead-letter topic, a redelivery out of order) changes nothing.
     */
    public Uni<List<MarketStatus>> onProduct(ProductFacts facts, Long catalogVersion) {
        return products.findForUpdate(facts.productId()).chain(previous -> {
            Long stored = previous.map(StoredProduct::catalogVersion).orElse(null);
            if (stored != null && catalogVersion != null && catalogVersion < stored) {
                LOG.infof("ignoring catalog snapshot %d of product %s: facts of version %d are stored", catalogVersion,
                        facts.productId(), stored);
                return Uni.createFrom().item(json.read(previous.get().statuses(), STATUSES));
            }
            return evaluateAndPublish(facts, previous.map(StoredProduct::statuses).orElse(null), catalogVersion)
                    .map(Evaluation::statuses);
        });
    }

    /**
     * One known product against the current rules and terms, in the caller's transaction.
     *
     * @return true when its verdict changed (and was published); false also for an unknown product
     */
    public Uni<Boolean> reevaluate(String productId) {
        return products.findForUpdate(productId).chain(stored -> stored
                .map(s -> evaluateAndPublish(s.facts(), s.statuses(), null).map(Evaluation::changed))
                .orElseGet(() -> Uni.createFrom().item(false)));
    }

    /** A compliance officer's decision on the protected terms found in a product; audited and published. */
    public Uni<List<MarketStatus>> decideReview(String productId, boolean approved, String actor, String comment) {
        return Panache.withTransaction(() -> products.findForUpdate(productId)
                .map(p -> p.orElseThrow(() -> new NotFound("product", productId)))
                .chain(p -> matches(p.facts()).chain(found -> {
                    Set<String> matched = found.stream().map(TermMatch::term)
                            .collect(Collectors.toCollection(TreeSet::new));
                    if (matched.isEmpty()) {
                        throw new StateConflict("product " + productId + " has no protected term to review");
                    }
                    ReviewDecision decision = new ReviewDecision(matched, approved, actor, comment);
                    return products.saveReview(productId, decision, clock.instant())
                            .chain(() -> audit.append(actor, approved ? "review.approved" : "review.rejected",
                                    "product:" + productId, null, json.write(decision)))
                            .chain(() -> evaluateAndPublish(p.facts(), p.statuses(), null))
                            .map(Evaluation::statuses);
                })));
    }

    private Uni<List<TermMatch>> matches(ProductFacts facts) {
        return terms.all().map(all -> new TermScreener(all).screen(facts.texts()));
    }

    private record Evaluation(List<MarketStatus> statuses, boolean changed) {
    }

    private Uni<Evaluation> evaluateAndPublish(ProductFacts facts, String previousStatuses, Long catalogVersion) {
        Instant now = clock.instant();
        return rules.latest().chain(latest -> matches(facts).chain(found -> products.review(facts.productId())
                .chain(review -> {
                    List<MarketStatus> statuses = MarketEvaluator.evaluate(facts, latest, found, review);
                    String current = json.write(statuses);
                    Uni<Void> save = products.save(facts, current, catalogVersion, now);
                    if (current.equals(previousStatuses)) {
                        return save.replaceWith(new Evaluation(statuses, false));
                    }
                    return save
                            .chain(() -> events.changed(facts.productId(), facts.sku(), now, statuses))
                            .chain(() -> audit.append("system", "product.market-status.changed",
                                    "product:" + facts.productId(), previousStatuses, current))
                            .replaceWith(new Evaluation(statuses, true));
                })));
    }
}
