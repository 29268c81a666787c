package dev.meridian.checkout.service.promotion;

import dev.meridian.checkout.domain.promotion.AppliedPromotion;
import dev.meridian.checkout.domain.promotion.PricingContext;
import dev.meridian.checkout.domain.promotion.Promotion;
import dev.meridian.checkout.domain.promotion.PromotionEngine;
import dev.meridian.checkout.domain.promotion.PromotionOutcome;
import dev.meridian.checkout.persistence.PromotionRepository;
import dev.meridian.platform.failure.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Promotions: the merchant's definitions, their evaluation on a cart (in the caller's session), and the
 * redemptions reserved at placement and released on cancellation.
 */
@ApplicationScoped
public class PromotionService {

    private final PromotionRepository promotions;
    private final Clock clock;

    public PromotionService(PromotionRepository promotions, Clock clock) {
        this.promotions = promotions;
        this.clock = clock;
    }

    public Uni<Promotion> create(CreatePromotionCommand c) {
        Promotion promotion = new Promotion(UUID.randomUUID(), c.name(), Promotion.normaliseCode(c.code()), c.benefit(),
                c.minimumSpend(), c.markets(), c.validFrom(), c.validUntil(), c.usageLimit(), c.usageLimitPerCustomer(),
                c.exclusivityGroup(), c.priority(), c.active(), 0);
        return Panache.withTransaction(() -> promotions.insert(promotion, clock.instant()));
    }

    public Uni<Promotion> get(UUID id) {
        return Panache.withSession(() -> promotions.find(id))
                .map(found -> found.orElseThrow(() -> new NotFound("promotion", id)));
    }

    public Uni<List<Promotion>> list() {
        return Panache.withSession(() -> promotions.list(200));
    }

    public Uni<Promotion> setActive(UUID id, boolean active) {
        return Panache.withTransaction(() -> promotions.setActive(id, active, clock.instant()))
                .map(found -> found.orElseThrow(() -> new NotFound("promotion", id)));
    }

    /** Applies the automatic promotions and the cart's codes, with usage as it stands; in the caller's session. */
    public Uni<PromotionOutcome> evaluate(PricingContext context, List<String> codes) {
        Set<String> normalised = new LinkedHashSet<>();
        codes.forEach(c -> normalised.add(Promotion.normaliseCode(c)));
        return promotions.activeAutomatic().chain(automatic -> promotions.byCodes(normalised).chain(byCode -> {
            Set<UUID> ids = new LinkedHashSet<>();
            automatic.forEach(p -> ids.add(p.id()));
            byCode.values().forEach(p -> ids.add(p.id()));
            return promotions.usage(ids, context.customer()).map(usage ->
                    PromotionEngine.apply(context, automatic, byCode, List.copyOf(normalised), usage));
        }));
    }

    /**
     * Reserves the redemptions of an order's applied promotions, in the placement's transaction: the promotion rows
     * are locked first, then the limits are checked again against the reserved count.
     *
     * @return the evaluation repeated under the lock; the caller compares it with what the buyer was shown
     */
    public Uni<PromotionOutcome> reserve(UUID orderId, PricingContext context, List<String> codes) {
        return promotions.byCodes(normaliseAll(codes)).chain(byCode -> promotions.activeAutomatic().chain(automatic -> {
            Set<UUID> ids = new LinkedHashSet<>();
            automatic.forEach(p -> ids.add(p.id()));
            byCode.values().forEach(p -> ids.add(p.id()));
            return promotions.lock(ids).chain(() -> evaluate(context, codes));
        })).call(outcome -> Multi.createFrom().iterable(outcome.applied())
                .onItem().transformToUniAndConcatenate(a -> promotions.redeem(redemption(orderId, context, a),
                        clock.instant()))
                .collect().asList());
    }

    /** Releases an order's redemptions (cancellation), in the caller's transaction. */
    public Uni<Integer> release(UUID orderId) {
        return promotions.release(orderId, clock.instant());
    }

    private static PromotionRepository.Redemption redemption(UUID orderId, PricingContext ctx, AppliedPromotion a) {
        return new PromotionRepository.Redemption(a.promotion().id(), orderId, ctx.customer(), a.code(),
                ctx.currency().getCurrencyCode(), a.total().minorUnits());
    }

    private static Set<String> normaliseAll(List<String> codes) {
        Set<String> normalised = new LinkedHashSet<>();
        codes.forEach(c -> normalised.add(Promotion.normaliseCode(c)));
        return normalised;
    }
}
