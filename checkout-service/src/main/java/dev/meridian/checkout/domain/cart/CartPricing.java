package dev.meridian.checkout.domain.cart;

import dev.meridian.checkout.domain.catalog.Sellability;
import dev.meridian.checkout.domain.promotion.CodeStatus;
import dev.meridian.checkout.domain.promotion.PricingLine;
import dev.meridian.checkout.domain.promotion.PromotionOutcome;
import dev.meridian.platform.money.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prices a cart from scratch on every read and change: today's prices, the promotions, the warnings. */
public final class CartPricing {

    private CartPricing() {
    }

    /** The sellable lines as promotions see them, at today's unit prices. */
    public static List<PricingLine> pricingLines(Cart cart, Map<String, Sellability> sellability) {
        List<PricingLine> result = new ArrayList<>();
        for (int i = 0; i < cart.lines().size(); i++) {
            CartLine line = cart.lines().get(i);
            if (sellability.get(line.sku()) instanceof Sellability.Sellable s) {
                result.add(new PricingLine(i, line.sku(), s.variant().productId().toString(),
                        s.variant().categoryIds(), s.variant().brand(), line.quantity(), s.unitPrice()));
            }
        }
        return result;
    }

    /** @param shipping the chosen shipping price, or null when none is chosen yet */
    public static PricedCart price(Cart cart, Map<String, Sellability> sellability, PromotionOutcome promotions,
                                   Money shipping) {
        Money zero = Money.zero(cart.currency());
        List<PricedLine> lines = new ArrayList<>();
        List<CartWarning> warnings = new ArrayList<>();
        Money subtotal = zero;
        for (int i = 0; i < cart.lines().size(); i++) {
            CartLine line = cart.lines().get(i);
            Sellability s = sellability.get(line.sku());
            if (s instanceof Sellability.Sellable sellable) {
                Money lineTotal = sellable.unitPrice().times(line.quantity());
                Money discount = promotions.discountOn(i);
                lines.add(new PricedLine(i, line, s, sellable.unitPrice(), lineTotal, discount,
                        lineTotal.minus(discount), true));
                subtotal = subtotal.plus(lineTotal);
                if (line.seenUnitPrice() != null && !line.seenUnitPrice().equals(sellable.unitPrice())) {
                    warnings.add(new CartWarning.PriceChanged(line.sku(), line.seenUnitPrice(), sellable.unitPrice()));
                }
                if (sellable.available() != null && sellable.available() < line.quantity()) {
                    warnings.add(new CartWarning.StockLow(line.sku(), sellable.available(), line.quantity()));
                }
            } else {
                Sellability.NotSellable why = (Sellability.NotSellable) s;
                lines.add(new PricedLine(i, line, s, line.seenUnitPrice(), zero, zero, zero, false));
                warnings.add(new CartWarning.NoLongerSellable(line.sku(), why.reason()));
            }
        }
        for (CodeStatus code : promotions.codes()) {
            if (!code.applied()) {
                warnings.add(new CartWarning.CodeNotApplicable(code.code(), code.refusal().code(),
                        code.refusal().explanation()));
            }
        }
        Money discount = promotions.lineDiscount();
        Money shippingDiscount = shipping == null ? zero : promotions.shippingDiscount().min(shipping);
        Money total = subtotal.minus(discount).plus(shipping == null ? zero : shipping.minus(shippingDiscount));
        return new PricedCart(cart, lines, promotions, warnings, subtotal, discount, shipping, shippingDiscount,
                total);
    }

    /** Today's unit price of every sellable line: what the shopper is shown from now on. */
    public static Map<String, Money> currentPrices(Map<String, Sellability> sellability) {
        Map<String, Money> prices = new LinkedHashMap<>();
        sellability.forEach((sku, s) -> {
            if (s instanceof Sellability.Sellable sellable) {
                prices.put(sku, sellable.unitPrice());
            }
        });
        return prices;
    }
}
