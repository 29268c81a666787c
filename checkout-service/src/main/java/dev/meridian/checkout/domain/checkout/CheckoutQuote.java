package dev.meridian.checkout.domain.checkout;

import dev.meridian.checkout.domain.cart.PricedCart;
import dev.meridian.checkout.domain.cart.PricedLine;
import dev.meridian.checkout.domain.catalog.Sellability;
import dev.meridian.checkout.domain.promotion.AppliedPromotion;
import dev.meridian.platform.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * The checkout summary the buyer confirms: every line at the price shown, the discounts as applied, the chosen
 * shipping, and compliance's tax and duty, with an id and an expiry. What it says is what is charged: placing an
 * order uses it as it stands, and an expired or outdated quote is never re-priced silently.
 *
 * <p>{@code totals.total} is compliance's {@code collectedAtCheckout}; {@code totals.payableOnDelivery} is what a
 * DAP buyer pays the carrier at the door. The lines' net, tax and duty sum to the totals (they are compliance's).
 */
public record CheckoutQuote(UUID id, UUID cartId, long cartVersion, String market, Currency currency, String locale,
                            boolean taxInclusive, String customer, String email, ShippingAddress address,
                            Shipping shipping, Incoterm incoterm, String shipFromCountry, List<Line> lines,
                            List<AppliedDiscount> promotions, Totals totals, String regime, Instant createdAt,
                            Instant expiresAt) {

    public CheckoutQuote {
        lines = List.copyOf(lines);
        promotions = List.copyOf(promotions);
    }

    public record Shipping(String service, String carrier, String name, Money price, Money discount, int minDays,
                           int maxDays, String shipsFrom) {

        public Money charged() {
            return price.minus(discount);
        }
    }

    /**
     * {@code total} is the line as the shopper pays it for the goods (after discounts, on the market's tax basis);
     * net, tax and duty are compliance's for the line.
     */
    public record Line(String sku, String title, int quantity, Money unitPrice, Money lineTotal, Money discount,
                       Money total, Money net, Money tax, Money duty, String taxCategory, String hsCode, String origin,
                       Integer weightGrams) {
    }

    public record Allocation(String sku, Money amount) {
    }

    /** A promotion as applied, kept on the order so later edits of the promotion never change it. */
    public record AppliedDiscount(UUID promotionId, long promotionVersion, String name, String code,
                                  Money lineDiscount, Money shippingDiscount, List<Allocation> allocations) {
        public AppliedDiscount {
            allocations = List.copyOf(allocations);
        }
    }

    public record Totals(Money goods, Money discount, Money shipping, Money tax, Money duty, Money total,
                         Money payableOnDelivery) {
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Assembles the summary from the cart priced with its shipping, the chosen option and compliance's quote. */
    public static CheckoutQuote assemble(UUID id, PricedCart priced, ShippingOption option, Incoterm incoterm,
                                         String shipFromCountry, LandedCost cost, Instant now, Duration ttl) {
        var cart = priced.cart();
        Money zero = Money.zero(cart.currency());
        List<Line> lines = priced.lines().stream().filter(PricedLine::counted).map(l -> {
            var sellable = (Sellability.Sellable) l.sellability();
            var variant = sellable.variant();
            List<LandedCost.Line> quoted = cost.lines().stream().filter(c -> c.sku().equals(l.line().sku())).toList();
            Money net = quoted.stream().map(LandedCost.Line::net).reduce(zero, Money::plus);
            Money tax = quoted.stream().map(LandedCost.Line::tax).reduce(zero, Money::plus);
            Money duty = quoted.stream().map(LandedCost.Line::duty).reduce(zero, Money::plus);
            return new Line(l.line().sku(), variant.titleIn(cart.locale()), l.line().quantity(), l.unitPrice(),
                    l.lineTotal(), l.discount(), l.total(), net, tax, duty,
                    variant.taxCategory() == null ? "standard" : variant.taxCategory(), variant.hsCode(),
                    variant.originCountry(), variant.weightGrams());
        }).toList();
        List<AppliedDiscount> discounts = priced.promotions().applied().stream().map(CheckoutQuote::snapshot).toList();
        Money shippingDiscount = priced.shippingDiscount();
        Shipping shipping = new Shipping(option.service(), option.carrier(), option.name(), option.price(),
                shippingDiscount, option.minDays(), option.maxDays(), option.shipsFrom());
        Totals totals = new Totals(priced.subtotal(), priced.discount(), shipping.charged(), cost.totals().tax(),
                cost.totals().duty(), cost.totals().collectedAtCheckout(), cost.totals().payableOnDelivery());
        return new CheckoutQuote(id, cart.id(), cart.version(), cart.market(), cart.currency(), cart.locale(),
                cart.taxInclusive(), cart.customer(), cart.email(), cart.shippingAddress(), shipping, incoterm,
                shipFromCountry, lines, discounts, totals, cost.regime(), now, now.plus(ttl));
    }

    private static AppliedDiscount snapshot(AppliedPromotion a) {
        return new AppliedDiscount(a.promotion().id(), a.promotion().version(), a.promotion().name(), a.code(),
                a.lineDiscount(), a.shippingDiscount(),
                a.allocations().stream().map(x -> new Allocation(x.sku(), x.amount())).toList());
    }

    /** Whether the buyer would be charged the same for the same things under {@code other}. */
    public boolean samePriceAs(CheckoutQuote other) {
        return totals.equals(other.totals) && lines.stream().map(l -> l.sku() + "x" + l.quantity() + "=" + l.total())
                .toList().equals(other.lines.stream().map(l -> l.sku() + "x" + l.quantity() + "=" + l.total()).toList());
    }
}
