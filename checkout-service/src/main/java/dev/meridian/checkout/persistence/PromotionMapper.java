package dev.meridian.checkout.persistence;

import dev.meridian.checkout.domain.promotion.Benefit;
import dev.meridian.checkout.domain.promotion.Promotion;
import dev.meridian.checkout.domain.promotion.Target;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Promotion row ↔ domain promotion; the benefit is a {@link Definition} document, money in minor units. */
final class PromotionMapper {

    private PromotionMapper() {
    }

    static Promotion toDomain(PromotionEntity e) {
        Documents.PromotionDefinition d = e.definition;
        Target target = switch (d.targetKind()) {
            case "ORDER" -> new Target.WholeOrder();
            case "PRODUCTS" -> new Target.Products(Set.copyOf(d.targetValues()));
            case "CATEGORIES" -> new Target.Categories(Set.copyOf(d.targetValues()));
            case "BRANDS" -> new Target.Brands(Set.copyOf(d.targetValues()));
            case "SHIPPING" -> new Target.Shipping();
            default -> throw new IllegalStateException("unknown target kind " + d.targetKind());
        };
        Benefit benefit = switch (d.kind()) {
            case "PERCENT_OFF" -> new Benefit.PercentOff(d.percent(), target);
            case "AMOUNT_OFF" -> new Benefit.AmountOff(money(d.amounts()), target);
            case "FREE_SHIPPING" -> new Benefit.FreeShipping();
            case "BUY_X_GET_Y" -> new Benefit.BuyXGetY(d.buy(), d.get(), d.percent(), target);
            default -> throw new IllegalStateException("unknown benefit kind " + d.kind());
        };
        return new Promotion(e.id, e.name, e.code, benefit, money(d.minimumSpend()),
                d.markets() == null ? Set.of() : Set.copyOf(d.markets()), e.validFrom, e.validUntil, e.usageLimit,
                e.usageLimitPerCustomer, e.exclusivityGroup, e.priority, e.active, e.version);
    }

    static PromotionEntity toEntity(Promotion p, PromotionEntity e, Instant now) {
        e.id = p.id();
        e.name = p.name();
        e.code = p.code();
        e.definition = definition(p);
        e.validFrom = p.validFrom();
        e.validUntil = p.validUntil();
        e.usageLimit = p.usageLimit();
        e.usageLimitPerCustomer = p.usageLimitPerCustomer();
        e.exclusivityGroup = p.exclusivityGroup();
        e.priority = p.priority();
        e.active = p.active();
        if (e.createdAt == null) {
            e.createdAt = now;
        }
        e.updatedAt = now;
        return e;
    }

    private static Documents.PromotionDefinition definition(Promotion p) {
        Target target = p.benefit().target();
        String targetKind = switch (target) {
            case Target.WholeOrder o -> "ORDER";
            case Target.Products t -> "PRODUCTS";
            case Target.Categories t -> "CATEGORIES";
            case Target.Brands t -> "BRANDS";
            case Target.Shipping s -> "SHIPPING";
        };
        List<String> values = switch (target) {
            case Target.Products t -> t.productIdsOrSkus().stream().sorted().toList();
            case Target.Categories t -> t.categoryIds().stream().sorted().toList();
            case Target.Brands t -> t.brands().stream().sorted().toList();
            default -> List.of();
        };
        Map<String, Long> spend = minor(p.minimumSpend());
        List<String> markets = p.markets().stream().sorted().toList();
        return switch (p.benefit()) {
            case Benefit.PercentOff b -> new Documents.PromotionDefinition("PERCENT_OFF", b.percent(), null, null, null, targetKind, values,
                    spend, markets);
            case Benefit.AmountOff b -> new Documents.PromotionDefinition("AMOUNT_OFF", null, minor(b.amounts()), null, null, targetKind,
                    values, spend, markets);
            case Benefit.FreeShipping b -> new Documents.PromotionDefinition("FREE_SHIPPING", null, null, null, null, targetKind, values,
                    spend, markets);
            case Benefit.BuyXGetY b -> new Documents.PromotionDefinition("BUY_X_GET_Y", b.percentOff(), null, b.buy(), b.get(), targetKind,
                    values, spend, markets);
        };
    }

    private static Map<Currency, Money> money(Map<String, Long> minor) {
        Map<Currency, Money> result = new LinkedHashMap<>();
        if (minor != null) {
            minor.forEach((code, amount) -> result.put(Money.currencyOf(code), Money.ofMinor(code, amount)));
        }
        return result;
    }

    private static Map<String, Long> minor(Map<Currency, Money> money) {
        Map<String, Long> result = new LinkedHashMap<>();
        money.forEach((currency, amount) -> result.put(currency.getCurrencyCode(), amount.minorUnits()));
        return result;
    }
}
