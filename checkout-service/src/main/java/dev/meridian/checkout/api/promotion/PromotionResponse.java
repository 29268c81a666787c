package dev.meridian.checkout.api.promotion;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.meridian.checkout.domain.promotion.Benefit;
import dev.meridian.checkout.domain.promotion.Promotion;
import dev.meridian.checkout.domain.promotion.Target;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromotionResponse(UUID id, String name, String code, String kind, String percent, List<Money> amounts,
                                Integer buy, Integer get, Target target, List<Money> minimumSpend, List<String> markets,
                                Instant validFrom, Instant validUntil, Long usageLimit, Long usageLimitPerCustomer,
                                String exclusivityGroup, int priority, boolean active, boolean automatic) {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Target(String kind, List<String> values) {
    }

    public static PromotionResponse of(Promotion p) {
        Benefit b = p.benefit();
        String kind = switch (b) {
            case Benefit.PercentOff x -> "PERCENT_OFF";
            case Benefit.AmountOff x -> "AMOUNT_OFF";
            case Benefit.FreeShipping x -> "FREE_SHIPPING";
            case Benefit.BuyXGetY x -> "BUY_X_GET_Y";
        };
        String percent = switch (b) {
            case Benefit.PercentOff x -> x.percent().stripTrailingZeros().toPlainString();
            case Benefit.BuyXGetY x -> x.percentOff().stripTrailingZeros().toPlainString();
            default -> null;
        };
        List<Money> amounts = b instanceof Benefit.AmountOff off ? List.copyOf(off.amounts().values()) : null;
        return new PromotionResponse(p.id(), p.name(), p.code(), kind, percent, amounts,
                b instanceof Benefit.BuyXGetY x ? x.buy() : null, b instanceof Benefit.BuyXGetY x ? x.get() : null,
                target(b.target()), p.minimumSpend().isEmpty() ? null : List.copyOf(p.minimumSpend().values()),
                p.markets().stream().sorted().toList(), p.validFrom(), p.validUntil(), p.usageLimit(),
                p.usageLimitPerCustomer(), p.exclusivityGroup(), p.priority(), p.active(), p.automatic());
    }

    private static Target target(dev.meridian.checkout.domain.promotion.Target t) {
        return switch (t) {
            case dev.meridian.checkout.domain.promotion.Target.WholeOrder o -> new Target("ORDER", List.of());
            case dev.meridian.checkout.domain.promotion.Target.Products x ->
                    new Target("PRODUCTS", x.productIdsOrSkus().stream().sorted().toList());
            case dev.meridian.checkout.domain.promotion.Target.Categories x ->
                    new Target("CATEGORIES", x.categoryIds().stream().sorted().toList());
            case dev.meridian.checkout.domain.promotion.Target.Brands x ->
                    new Target("BRANDS", x.brands().stream().sorted().toList());
            case dev.meridian.checkout.domain.promotion.Target.Shipping s -> new Target("SHIPPING", List.of());
        };
    }
}
