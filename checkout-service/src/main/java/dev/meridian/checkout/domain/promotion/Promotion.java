package dev.meridian.checkout.domain.promotion;

import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A discount: reached by a code or applied automatically, with its benefit, an optional minimum spend per currency,
 * the markets it is valid in (empty: all), a validity window {@code [validFrom, validUntil)}, usage limits in total
 * and per customer, and its place in stacking: promotions of the same {@code exclusivityGroup} never combine (the
 * highest {@code priority} wins); promotions without a group combine with everything, applied by priority.
 */
public record Promotion(UUID id, String name, String code, Benefit benefit, Map<Currency, Money> minimumSpend,
                        Set<String> markets, Instant validFrom, Instant validUntil, Long usageLimit,
                        Long usageLimitPerCustomer, String exclusivityGroup, int priority, boolean active,
                        long version) {

    public Promotion {
        RuleViolation.require(name != null && !name.isBlank(), "name", "is required");
        RuleViolation.require(benefit != null, "benefit", "is required");
        RuleViolation.require(code == null || code.matches("[A-Z0-9_-]{3,40}"), "code",
                "must be 3 to 40 letters, digits, '-' or '_'");
        RuleViolation.require(validFrom == null || validUntil == null || validFrom.isBefore(validUntil),
                "validUntil", "must be after validFrom");
        RuleViolation.require(usageLimit == null || usageLimit > 0, "usageLimit", "must be positive");
        RuleViolation.require(usageLimitPerCustomer == null || usageLimitPerCustomer > 0, "usageLimitPerCustomer",
                "must be positive");
        minimumSpend = minimumSpend == null ? Map.of() : Map.copyOf(minimumSpend);
        markets = markets == null ? Set.of() : Set.copyOf(markets);
    }

    public static String normaliseCode(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public boolean automatic() {
        return code == null;
    }

    /** A hard reason this promotion cannot apply to the context at all, or null. */
    CodeRefusal refusal(PricingContext ctx, Usage usage) {
        if (!active) {
            return CodeRefusal.INACTIVE;
        }
        if (validFrom != null && ctx.now().isBefore(validFrom)) {
            return CodeRefusal.NOT_YET_VALID;
        }
        if (validUntil != null && !ctx.now().isBefore(validUntil)) {
            return CodeRefusal.EXPIRED;
        }
        if (!markets.isEmpty() && !markets.contains(ctx.market())) {
            return CodeRefusal.NOT_IN_MARKET;
        }
        if (benefit instanceof Benefit.AmountOff off && !off.amounts().containsKey(ctx.currency())) {
            return CodeRefusal.CURRENCY_NOT_SUPPORTED;
        }
        if (!minimumSpend.isEmpty() && !minimumSpend.containsKey(ctx.currency())) {
            return CodeRefusal.CURRENCY_NOT_SUPPORTED;
        }
        if (usageLimit != null && usage.total(id) >= usageLimit) {
            return CodeRefusal.USAGE_LIMIT_REACHED;
        }
        if (usageLimitPerCustomer != null) {
            if (ctx.customer() == null) {
                return CodeRefusal.SIGN_IN_REQUIRED;
            }
            if (usage.byCustomer(id) >= usageLimitPerCustomer) {
                return CodeRefusal.CUSTOMER_LIMIT_REACHED;
            }
        }
        return null;
    }
}
