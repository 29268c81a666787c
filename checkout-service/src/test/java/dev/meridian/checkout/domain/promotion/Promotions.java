package dev.meridian.checkout.domain.promotion;

import dev.meridian.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builders for promotion tests: a promotion with sensible defaults, and carts as pricing contexts. */
final class Promotions {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final Currency EUR = Money.currencyOf("EUR");

    private Promotions() {
    }

    static Builder promotion(Benefit benefit) {
        return new Builder(benefit);
    }

    static Benefit.PercentOff percentOff(String percent) {
        return new Benefit.PercentOff(new BigDecimal(percent), new Target.WholeOrder());
    }

    static Benefit.AmountOff amountOff(String currency, String amount) {
        return new Benefit.AmountOff(Map.of(Money.currencyOf(currency), Money.of(currency, amount)),
                new Target.WholeOrder());
    }

    static Cart cart(String currency) {
        return new Cart(currency);
    }

    static final class Builder {
        private final UUID id = UUID.randomUUID();
        private Benefit benefit;
        private String code;
        private Map<Currency, Money> minimumSpend = Map.of();
        private Set<String> markets = Set.of();
        private Instant from;
        private Instant until;
        private Long limit;
        private Long perCustomer;
        private String group;
        private int priority;
        private boolean active = true;

        private Builder(Benefit benefit) {
            this.benefit = benefit;
        }

        Builder code(String code) {
            this.code = code;
            return this;
        }

        Builder minimumSpend(String currency, String amount) {
            this.minimumSpend = Map.of(Money.currencyOf(currency), Money.of(currency, amount));
            return this;
        }

        Builder markets(String... markets) {
            this.markets = Set.of(markets);
            return this;
        }

        Builder window(Instant from, Instant until) {
            this.from = from;
            this.until = until;
            return this;
        }

        Builder limits(Long total, Long perCustomer) {
            this.limit = total;
            this.perCustomer = perCustomer;
            return this;
        }

        Builder group(String group, int priority) {
            this.group = group;
            this.priority = priority;
            return this;
        }

        Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        Builder inactive() {
            this.active = false;
            return this;
        }

        Promotion build() {
            return new Promotion(id, "test promotion", code, benefit, minimumSpend, markets, from, until, limit,
                    perCustomer, group, priority, active, 0);
        }
    }

    static final class Cart {
        private final String currency;
        private final List<PricingLine> lines = new ArrayList<>();
        private String market = "DE";
        private Money shipping;
        private String customer;

        private Cart(String currency) {
            this.currency = currency;
        }

        Cart line(String sku, int quantity, String unitPrice) {
            return line(sku, "product-" + sku, "category-a", "brand-a", quantity, unitPrice);
        }

        Cart line(String sku, String product, String category, String brand, int quantity, String unitPrice) {
            lines.add(new PricingLine(lines.size(), sku, product, List.of(category), brand, quantity,
                    Money.of(currency, unitPrice)));
            return this;
        }

        Cart shipping(String amount) {
            this.shipping = Money.of(currency, amount);
            return this;
        }

        Cart market(String market) {
            this.market = market;
            return this;
        }

        Cart customer(String customer) {
            this.customer = customer;
            return this;
        }

        PricingContext context() {
            return new PricingContext(market, Money.currencyOf(currency), lines, shipping, customer, NOW);
        }

        /** Applies automatic promotions only. */
        PromotionOutcome apply(Promotion... automatic) {
            return PromotionEngine.apply(context(), List.of(automatic), Map.of(), List.of(), Usage.NONE);
        }

        /** Applies the promotions as codes, entered in this order. */
        PromotionOutcome applyCodes(Usage usage, Promotion... withCodes) {
            Map<String, Promotion> byCode = new java.util.LinkedHashMap<>();
            for (Promotion p : withCodes) {
                byCode.put(p.code(), p);
            }
            return PromotionEngine.apply(context(), List.of(), byCode, List.copyOf(byCode.keySet()), usage);
        }
    }
}
