package dev.meridian.checkout.api.checkout;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.meridian.checkout.domain.checkout.CheckoutQuote;
import dev.meridian.checkout.domain.checkout.ShippingAddress;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The checkout summary the buyer confirms: {@code total} is what is charged at checkout; {@code payableOnDelivery}
 * what a DAP buyer pays at the door. Place the order with {@code id} before {@code expiresAt}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteResponse(UUID id, UUID cartId, String market, String currency, boolean taxInclusive, String email,
                            ShippingAddress shippingAddress, Shipping shipping, String incoterm, String regime,
                            List<Line> lines, List<Discount> promotions, Money goods, Money discount,
                            Money shippingTotal, Money tax, Money duty, Money total, Money payableOnDelivery,
                            Instant createdAt, Instant expiresAt) {

    public record Shipping(String service, String carrier, String name, Money price, Money discount, int minDays,
                           int maxDays) {
    }

    public record Line(String sku, String title, int quantity, Money unitPrice, Money lineTotal, Money discount,
                       Money total, Money net, Money tax, Money duty) {
    }

    public record Discount(UUID promotionId, String name, String code, Money lineDiscount, Money shippingDiscount) {
    }

    public static QuoteResponse of(CheckoutQuote q) {
        var s = q.shipping();
        var t = q.totals();
        return new QuoteResponse(q.id(), q.cartId(), q.market(), q.currency().getCurrencyCode(), q.taxInclusive(),
                q.email(), q.address(), new Shipping(s.service(), s.carrier(), s.name(), s.price(), s.discount(),
                s.minDays(), s.maxDays()), q.incoterm().name(), q.regime(),
                q.lines().stream().map(l -> new Line(l.sku(), l.title(), l.quantity(), l.unitPrice(), l.lineTotal(),
                        l.discount(), l.total(), l.net(), l.tax(), l.duty())).toList(),
                q.promotions().stream().map(p -> new Discount(p.promotionId(), p.name(), p.code(), p.lineDiscount(),
                        p.shippingDiscount())).toList(),
                t.goods(), t.discount(), t.shipping(), t.tax(), t.duty(), t.total(), t.payableOnDelivery(),
                q.createdAt(), q.expiresAt());
    }
}
