package dev.meridian.checkout.service.promotion;

import dev.meridian.checkout.domain.checkout.CheckoutQuote;
import dev.meridian.checkout.domain.promotion.PricingContext;
import dev.meridian.checkout.domain.promotion.Promotion;
import dev.meridian.checkout.domain.promotion.PromotionEngine;
import dev.meridian.checkout.domain.promotion.PromotionOutcome;
import dev.meridian.checkout.persistence.PromotionRepository;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.StateConflict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
     * Reserves the redemptions of the promotions an order was quoted with, in the placement's transaction: the rows
     * are locked (in one order, so placements never deadlock), then each usage limit is checked against what is
     * reserved. The order keeps the amounts as quoted: what the buyer saw is what is charged.
     *
     * @throws StateConflict when a limit was reached since the quote (the placement then changes nothing)
     */
    public Uni<Void> reserve(UUID orderId, String customer, String currency,
                             List<CheckoutQuote.AppliedDiscount> applied) {
        if (applied.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<UUID> ids = new LinkedHashSet<>();
        applied.forEach(a -> ids.add(a.promotionId()));
        return promotions.lock(ids).chain(() -> promotions.usage(ids, customer)).chain(usage -> Multi.createFrom()
                .iterable(applied).onItem().transformToUniAndConcatenate(a -> promotions.find(a.promotionId())
                        .chain(found -> {
                            Promotion p = found.orElseThrow(() -> new NotFound("promotion", a.promotionId()));
                            long total = usage.total().getOrDefault(p.id(), 0L);
                            long mine = usage.byCustomer().getOrDefault(p.id(), 0L);
                            if (p.usageLimit() != null && total >= p.usageLimit()
                                    || p.usageLimitPerCustomer() != null && mine >= p.usageLimitPerCustomer()) {
                                throw new StateConflict("discount " + (a.code() == null ? p.name() : a.code())
                                        + " has been used as often as it may since the quote; quote again",
                                        Map.of("reason", "usage-limit-reached", "promotionId", p.id().toString()));
                            }
                            return promotions.redeem(new PromotionRepository.Redemption(p.id(), orderId, customer,
                                    a.code(), currency, a.lineDiscount().plus(a.shippingDiscount()).minorUnits()),
                                    clock.instant());
                        }))
                .collect().asList().replaceWithVoid());
    }

    /** Releases an order's redemptions (cancellation), in the caller's transaction. */
    public Uni<Integer> release(UUID orderId) {
        return promotions.release(orderId, clock.instant());
    }

}
