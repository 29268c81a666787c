package dev.meridian.checkout.api.promotion;

import dev.meridian.checkout.domain.promotion.Benefit;
import dev.meridian.checkout.domain.promotion.Target;
import dev.meridian.checkout.service.promotion.CreatePromotionCommand;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A promotion as the merchant defines it. {@code kind}: PERCENT_OFF (percent), AMOUNT_OFF (amounts, one per
 * currency), FREE_SHIPPING, BUY_X_GET_Y (buy, get, percent off the cheapest; 100 = free). {@code target.kind}:
 * ORDER, PRODUCTS (product ids or SKUs), CATEGORIES, BRANDS, SHIPPING. Percentages are decimal strings ("12.5").
 * Without {@code code} the promotion applies automatically.
 */
public record PromotionRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 40) String code,
        @NotBlank String kind,
        String percent,
        List<@NotNull Money> amounts,
        Integer buy,
        Integer get,
        @NotNull @Valid TargetRequest target,
        List<@NotNull Money> minimumSpend,
        List<@NotBlank String> markets,
        Instant validFrom,
        Instant validUntil,
        Long usageLimit,
        Long usageLimitPerCustomer,
        @Size(max = 60) String exclusivityGroup,
        Integer priority,
        Boolean active) {

    public record TargetRequest(@NotBlank String kind, List<@NotBlank String> values) {
    }

    public CreatePromotionCommand toCommand() {
        Target t = switch (target.kind()) {
            case "ORDER" -> new Target.WholeOrder();
            case "PRODUCTS" -> new Target.Products(values());
            case "CATEGORIES" -> new Target.Categories(values());
            case "BRANDS" -> new Target.Brands(values());
            case "SHIPPING" -> new Target.Shipping();
            default -> throw new RuleViolation("target.kind", "must be ORDER, PRODUCTS, CATEGORIES, BRANDS or SHIPPING");
        };
        Benefit benefit = switch (kind) {
            case "PERCENT_OFF" -> new Benefit.PercentOff(decimal(percent, "percent"), t);
            case "AMOUNT_OFF" -> new Benefit.AmountOff(byCurrency(amounts, "amounts"), t);
            case "FREE_SHIPPING" -> new Benefit.FreeShipping();
            case "BUY_X_GET_Y" -> new Benefit.BuyXGetY(buy == null ? 0 : buy, get == null ? 0 : get,
                    percent == null ? BigDecimal.valueOf(100) : decimal(percent, "percent"), t);
            default -> throw new RuleViolation("kind", "must be PERCENT_OFF, AMOUNT_OFF, FREE_SHIPPING or BUY_X_GET_Y");
        };
        return new CreatePromotionCommand(name, code, benefit, byCurrency(minimumSpend, "minimumSpend"),
                markets == null ? Set.of() : Set.copyOf(markets), validFrom, validUntil, usageLimit,
                usageLimitPerCustomer, exclusivityGroup, priority == null ? 0 : priority, active == null || active);
    }

    private Set<String> values() {
        RuleViolation.require(target.values() != null && !target.values().isEmpty(), "target.values",
                "name at least one");
        return Set.copyOf(target.values());
    }

    private static BigDecimal decimal(String value, String field) {
        RuleViolation.require(value != null && value.matches("[0-9]{1,3}(\\.[0-9]{1,4})?"), field,
                "must be a decimal string such as \"12.5\"");
        return new BigDecimal(value);
    }

    private static Map<Currency, Money> byCurrency(List<Money> amounts, String field) {
        Map<Currency, Money> result = new LinkedHashMap<>();
        if (amounts != null) {
            for (Money m : amounts) {
                RuleViolation.require(result.put(m.currency(), m) == null, field,
                        "names " + m.currencyCode() + " twice");
            }
        }
        return result;
    }
}
