package dev.meridian.checkout.api.cart;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.meridian.checkout.domain.cart.CartWarning;
import dev.meridian.checkout.domain.cart.PricedCart;
import dev.meridian.checkout.domain.cart.PricedLine;
import dev.meridian.checkout.domain.catalog.Sellability;
import dev.meridian.checkout.domain.checkout.ShippingAddress;
import dev.meridian.checkout.domain.promotion.AppliedPromotion;
import dev.meridian.checkout.domain.promotion.CodeStatus;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cart as the shopper sees it, priced on the server: prices as the market states them ({@code taxInclusive}),
 * the discount ledger per line and per promotion, and the warnings about changes the shopper did not make.
 * {@code cartToken} is present only in the answer that created an anonymous cart.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CartResponse(UUID id, String status, String market, String currency, String locale,
                           boolean taxInclusive, List<Line> lines, List<Code> discountCodes,
                           List<AppliedDiscount> promotions, Money subtotal, Money discount, Money shipping,
                           Money shippingDiscount, Money total, boolean freeShipping, String email,
                           ShippingAddress shippingAddress, String shippingService, List<Warning> warnings,
                           long version, Instant expiresAt, String cartToken) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String sku, String title, Map<String, String> options, int quantity, Money unitPrice,
                       Money lineTotal, Money discount, Money total, boolean sellable, String notSellableReason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Code(String code, boolean applied, String reason, String explanation) {
    }

    public record Allocation(String sku, Money amount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AppliedDiscount(UUID promotionId, String name, String code, Money discount, Money shippingDiscount,
                                  boolean freeShipping, List<Allocation> allocations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Warning(String code, String message, String sku, Money previousPrice, Money currentPrice,
                          Long available, String discountCode, String reason) {
    }

    public static CartResponse of(PricedCart priced) {
        return of(priced, null);
    }

    public static CartResponse of(PricedCart priced, String cartToken) {
        var cart = priced.cart();
        return new CartResponse(cart.id(), cart.status().name(), cart.market(), cart.currency().getCurrencyCode(),
                cart.locale(), cart.taxInclusive(), priced.lines().stream().map(l -> line(l, cart.locale())).toList(),
                priced.promotions().codes().stream().map(CartResponse::code).toList(),
                priced.promotions().applied().stream().map(CartResponse::applied).toList(), priced.subtotal(),
                priced.discount(), priced.shipping(), priced.shipping() == null ? null : priced.shippingDiscount(),
                priced.total(), priced.promotions().freeShipping(), cart.email(), cart.shippingAddress(),
                cart.shippingService(), priced.warnings().stream().map(CartResponse::warning).toList(), cart.version(),
                cart.expiresAt(), cartToken);
    }

    private static Line line(PricedLine l, String locale) {
        if (l.sellability() instanceof Sellability.Sellable s) {
            return new Line(l.line().sku(), s.variant().titleIn(locale), s.variant().options(), l.line().quantity(),
                    l.unitPrice(), l.lineTotal(), l.discount(), l.total(), true, null);
        }
        var why = (Sellability.NotSellable) l.sellability();
        return new Line(l.line().sku(), null, null, l.line().quantity(), l.unitPrice(), l.lineTotal(), l.discount(),
                l.total(), false, why.reason().code());
    }

    private static Code code(CodeStatus c) {
        return new Code(c.code(), c.applied(), c.applied() ? null : c.refusal().code(),
                c.applied() ? null : c.refusal().explanation());
    }

    private static AppliedDiscount applied(AppliedPromotion a) {
        return new AppliedDiscount(a.promotion().id(), a.promotion().name(), a.code(), a.lineDiscount(),
                a.shippingDiscount(), a.freeShipping(),
                a.allocations().stream().map(x -> new Allocation(x.sku(), x.amount())).toList());
    }

    static Warning warning(CartWarning w) {
        return switch (w) {
            case CartWarning.PriceChanged p -> new Warning(p.code(), p.message(), p.sku(), p.previous(), p.current(),
                    null, null, null);
            case CartWarning.NoLongerSellable n -> new Warning(n.code(), n.message(), n.sku(), null, null, null, null,
                    n.reason().code());
            case CartWarning.StockLow s -> new Warning(s.code(), s.message(), s.sku(), null, null, s.available(), null,
                    null);
            case CartWarning.CodeNotApplicable c -> new Warning(c.code(), c.message(), null, null, null, null,
                    c.discountCode(), c.reason());
        };
    }
}
