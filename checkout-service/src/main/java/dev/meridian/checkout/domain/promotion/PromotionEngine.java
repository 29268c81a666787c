package dev.meridian.checkout.domain.promotion;

import dev.meridian.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies promotions to a cart, in one deterministic order, never below zero:
 * <ol>
 *   <li>hard checks per promotion (active, window, market, currency, usage limits): a code failing one is refused
 *       with its reason, an automatic promotion failing one is simply not offered;</li>
 *   <li>soft checks on the cart (minimum spend on the undiscounted subtotal, covered lines present, enough units);</li>
 *   <li>by priority (highest first; a code before an automatic promotion; then by id), one promotion per
 *       exclusivity group, the others {@link CodeRefusal#OUTRANKED};</li>
 *   <li>each applies to what earlier ones left: a percentage of the remaining covered amount, rounded half up; a
 *       fixed amount capped at it; buy-X-get-Y on the cheapest covered units; free shipping on the shipping price.
 *       A line discount is spread over the covered lines by largest remainder, so the ledger sums exactly.</li>
 * </ol>
 */
public final class PromotionEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PromotionEngine() {
    }

    /**
     * @param automatic promotions without a code that are switched on
     * @param byCode    the promotions the shopper's codes name, keyed by normalised code (unknown codes absent)
     * @param codes     the codes in the cart, in the order entered
     */
    public static PromotionOutcome apply(PricingContext ctx, List<Promotion> automatic, Map<String, Promotion> byCode,
                                         List<String> codes, Usage usage) {
        Map<String, CodeStatus> statuses = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (String entered : codes) {
            String code = Promotion.normaliseCode(entered);
            if (statuses.containsKey(code)) {
                continue;
            }
            Promotion promotion = byCode.get(code);
            CodeRefusal refusal = promotion == null ? CodeRefusal.UNKNOWN_CODE : promotion.refusal(ctx, usage);
            if (refusal == null) {
                refusal = softRefusal(promotion, ctx);
            }
            if (refusal != null) {
                statuses.put(code, CodeStatus.refused(code, refusal));
            } else {
                statuses.put(code, null);
                candidates.add(new Candidate(promotion, code));
            }
        }
        for (Promotion promotion : automatic) {
            if (promotion.automatic() && promotion.refusal(ctx, usage) == null && softRefusal(promotion, ctx) == null) {
                candidates.add(new Candidate(promotion, null));
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.promotion().priority())
                .thenComparing(c -> c.code() == null)
                .thenComparing(c -> c.promotion().id()));

        long[] remaining = new long[ctx.lines().size()];
        for (int i = 0; i < remaining.length; i++) {
            remaining[i] = ctx.lines().get(i).amount().minorUnits();
        }
        long[] shippingLeft = {ctx.shipping() == null ? 0 : ctx.shipping().minorUnits()};
        Set<String> groupsTaken = new HashSet<>();
        List<AppliedPromotion> applied = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Promotion p = candidate.promotion();
            if (p.exclusivityGroup() != null && groupsTaken.contains(p.exclusivityGroup())) {
                refuse(statuses, candidate, CodeRefusal.OUTRANKED);
                continue;
            }
            Optional<AppliedPromotion> result = applyOne(candidate, ctx, remaining, shippingLeft);
            if (result.isEmpty()) {
                refuse(statuses, candidate, CodeRefusal.NOTHING_LEFT_TO_DISCOUNT);
                continue;
            }
            applied.add(result.get());
            if (p.exclusivityGroup() != null) {
                groupsTaken.add(p.exclusivityGroup());
            }
            if (candidate.code() != null) {
                statuses.put(candidate.code(), CodeStatus.applied(candidate.code()));
            }
        }
        Money zero = Money.zero(ctx.currency());
        Money lineDiscount = applied.stream().map(AppliedPromotion::lineDiscount).reduce(zero, Money::plus);
        Money shippingDiscount = applied.stream().map(AppliedPromotion::shippingDiscount).reduce(zero, Money::plus);
        boolean freeShipping = applied.stream().anyMatch(AppliedPromotion::freeShipping);
        return new PromotionOutcome(applied, List.copyOf(statuses.values()), lineDiscount, shippingDiscount,
                freeShipping);
    }

    private static void refuse(Map<String, CodeStatus> statuses, Candidate candidate, CodeRefusal refusal) {
        if (candidate.code() != null) {
            statuses.put(candidate.code(), CodeStatus.refused(candidate.code(), refusal));
        }
    }

    /** Checks on the cart's contents: the promotion is valid but does not (yet) fit this cart. */
    private static CodeRefusal softRefusal(Promotion p, PricingContext ctx) {
        Money minimum = p.minimumSpend().get(ctx.currency());
        if (minimum != null && ctx.subtotal().compareTo(minimum) < 0) {
            return CodeRefusal.MINIMUM_SPEND_NOT_REACHED;
        }
        Target target = p.benefit().target();
        if (target instanceof Target.Shipping) {
            return null;
        }
        List<PricingLine> covered = ctx.lines().stream().filter(target::covers).toList();
        if (covered.isEmpty()) {
            return CodeRefusal.NO_MATCHING_ITEMS;
        }
        if (p.benefit() instanceof Benefit.BuyXGetY bxgy
                && covered.stream().mapToInt(PricingLine::quantity).sum() < bxgy.buy() + bxgy.get()) {
            return CodeRefusal.NOT_ENOUGH_ITEMS;
        }
        return null;
    }

    private static Optional<AppliedPromotion> applyOne(Candidate candidate, PricingContext ctx, long[] remaining,
                                                       long[] shippingLeft) {
        Promotion p = candidate.promotion();
        Money zero = Money.zero(ctx.currency());
        return switch (p.benefit()) {
            case Benefit.FreeShipping free -> {
                long off = shippingLeft[0];
                shippingLeft[0] = 0;
                yield Optional.of(new AppliedPromotion(p, candidate.code(), zero,
                        Money.ofMinor(ctx.currency(), off), List.of(), true));
            }
            case Benefit.PercentOff pct when pct.target() instanceof Target.Shipping -> {
                if (ctx.shipping() == null) {
                    // The shipping price is not known before an option is chosen: applies, for now, to nothing.
                    yield Optional.of(new AppliedPromotion(p, candidate.code(), zero, zero, List.of(), false));
                }
                long off = Math.min(shippingLeft[0], percentOf(shippingLeft[0], pct.percent()));
                shippingLeft[0] -= off;
                yield off == 0 ? Optional.empty() : Optional.of(new AppliedPromotion(p, candidate.code(), zero,
                        Money.ofMinor(ctx.currency(), off), List.of(), false));
            }
            case Benefit.AmountOff amount when amount.target() instanceof Target.Shipping -> {
                if (ctx.shipping() == null) {
                    yield Optional.of(new AppliedPromotion(p, candidate.code(), zero, zero, List.of(), false));
                }
                long off = Math.min(shippingLeft[0], amount.amounts().get(ctx.currency()).minorUnits());
                shippingLeft[0] -= off;
                yield off == 0 ? Optional.empty() : Optional.of(new AppliedPromotion(p, candidate.code(), zero,
                        Money.ofMinor(ctx.currency(), off), List.of(), false));
            }
            case Benefit.PercentOff pct -> spread(candidate, ctx, remaining, pct.target(),
                    base -> percentOf(base, pct.percent()));
            case Benefit.AmountOff amount -> spread(candidate, ctx, remaining, amount.target(),
                    base -> amount.amounts().get(ctx.currency()).minorUnits());
            case Benefit.BuyXGetY bxgy -> buyXGetY(candidate, ctx, remaining, bxgy);
        };
    }

    /** Takes {@code discount(base)} (capped at the base) off the covered lines, spread by largest remainder. */
    private static Optional<AppliedPromotion> spread(Candidate candidate, PricingContext ctx, long[] remaining,
                                                     Target target, java.util.function.LongUnaryOperator discount) {
        List<PricingLine> lines = ctx.lines();
        long base = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (target.covers(lines.get(i))) {
                base += remaining[i];
            }
        }
        long off = Math.min(base, discount.applyAsLong(base));
        if (off <= 0) {
            return Optional.empty();
        }
        long[] ratios = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            ratios[i] = target.covers(lines.get(i)) ? remaining[i] : 0;
        }
        List<Money> parts = Money.ofMinor(ctx.currency(), off).allocate(ratios);
        return Optional.of(ledger(candidate, ctx, remaining, parts));
    }

    /** Every (buy + get) covered units, the get cheapest are discounted; each unit's discount rounded half up. */
    private static Optional<AppliedPromotion> buyXGetY(Candidate candidate, PricingContext ctx, long[] remaining,
                                                       Benefit.BuyXGetY bxgy) {
        List<PricingLine> lines = ctx.lines();
        List<int[]> units = new ArrayList<>(); // {line index, unit price}
        for (int i = 0; i < lines.size(); i++) {
            PricingLine line = lines.get(i);
            if (bxgy.target().covers(line)) {
                for (int u = 0; u < line.quantity(); u++) {
                    units.add(new int[] {i, Math.toIntExact(line.unitPrice().minorUnits())});
                }
            }
        }
        units.sort(Comparator.comparingInt((int[] u) -> u[1]).thenComparingInt(u -> u[0]));
        int discounted = units.size() / (bxgy.buy() + bxgy.get()) * bxgy.get();
        long[] off = new long[lines.size()];
        for (int k = 0; k < discounted; k++) {
            int[] unit = units.get(k);
            off[unit[0]] += percentOf(unit[1], bxgy.percentOff());
        }
        List<Money> parts = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            long take = Math.min(off[i], remaining[i]);
            parts.add(Money.ofMinor(ctx.currency(), take));
            total += take;
        }
        return total == 0 ? Optional.empty() : Optional.of(ledger(candidate, ctx, remaining, parts));
    }

    private static AppliedPromotion ledger(Candidate candidate, PricingContext ctx, long[] remaining, List<Money> parts) {
        List<Allocation> allocations = new ArrayList<>();
        Money total = Money.zero(ctx.currency());
        for (int i = 0; i < parts.size(); i++) {
            Money part = parts.get(i);
            if (part.isPositive()) {
                remaining[i] -= part.minorUnits();
                allocations.add(new Allocation(candidate.promotion().id(), ctx.lines().get(i).index(),
                        ctx.lines().get(i).sku(), part));
                total = total.plus(part);
            }
        }
        return new AppliedPromotion(candidate.promotion(), candidate.code(), total, Money.zero(ctx.currency()),
                allocations, false);
    }

    /** {@code percent} % of {@code minor}, rounded half up to a whole minor unit. */
    static long percentOf(long minor, BigDecimal percent) {
        return BigDecimal.valueOf(minor).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
    }

    private record Candidate(Promotion promotion, String code) {
    }
}
