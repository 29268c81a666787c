package dev.meridian.checkout.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.meridian.checkout.domain.checkout.CheckoutQuote;
import dev.meridian.checkout.domain.checkout.ShippingAddress;
import dev.meridian.checkout.domain.order.AxisChange;
import dev.meridian.checkout.domain.order.Order;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code data} of every order event (docs/events/checkout/order.snapshot.v1.json): the order as it stands after the
 * change, the moves the change made, and what a consumer acts on without calling checkout — lines with customs data
 * for fulfillment, the amount for payment, and, in the buyer's locale, what a confirmation e-mail needs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderEventData(String orderId, String number, String cartId, String market, String currency,
                             String locale, String customerId, String email, Status status, List<Change> changes,
                             String reason, String reservationId, List<Line> lines, Totals totals,
                             ShippingAddress shippingAddress, Shipping shipping, String incoterm,
                             List<Discount> promotions, Map<String, Integer> dispatched, Map<String, Integer> returned,
                             String shipmentId, String returnId, String paymentId, Instant placedAt,
                             Instant occurredAt) {

    public record Status(String order, String payment, String fulfillment, String returns) {
    }

    public record Change(String axis, String from, String to) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String sku, String title, int quantity, Money unitPrice, Money discount, Money total, Money net,
                       Money tax, Money duty, String taxCategory, String hsCode, String originCountry,
                       Integer weightGrams) {
    }

    public record Totals(Money goods, Money discount, Money shipping, Money tax, Money duty, Money total,
                         Money payableOnDelivery) {
    }

    public record Shipping(String service, String carrier, String name, Money price, int minDays, int maxDays) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Discount(String promotionId, long promotionVersion, String name, String code, Money amount) {
    }

    /** Extra facts of one event beyond the order itself. */
    public record Facts(String reason, String shipmentId, String returnId, String paymentId) {
        public static final Facts NONE = new Facts(null, null, null, null);
    }

    public static OrderEventData of(Order o, List<AxisChange> changes, Facts facts, Instant at) {
        CheckoutQuote q = o.quote();
        var t = q.totals();
        var s = q.shipping();
        return new OrderEventData(o.id().toString(), o.number(), o.cartId().toString(), o.market(),
                o.currency().getCurrencyCode(), o.locale(), o.customer(), o.email(),
                new Status(o.state().order().name(), o.state().payment().name(), o.state().fulfillment().name(),
                        o.state().returns().name()),
                changes.stream().map(c -> new Change(c.axis(), c.from(), c.to())).toList(), facts.reason(),
                o.reservationId() == null ? null : o.reservationId().toString(),
                q.lines().stream().map(l -> new Line(l.sku(), l.title(), l.quantity(), l.unitPrice(), l.discount(),
                        l.total(), l.net(), l.tax(), l.duty(), l.taxCategory(), l.hsCode(), l.origin(),
                        l.weightGrams())).toList(),
                new Totals(t.goods(), t.discount(), t.shipping(), t.tax(), t.duty(), t.total(), t.payableOnDelivery()),
                q.address(), new Shipping(s.service(), s.carrier(), s.name(), s.charged(), s.minDays(), s.maxDays()),
                q.incoterm().name(),
                q.promotions().stream().map(p -> new Discount(p.promotionId().toString(), p.promotionVersion(),
                        p.name(), p.code(), p.lineDiscount().plus(p.shippingDiscount()))).toList(),
                o.progress().dispatched(), o.progress().returned(), facts.shipmentId(), facts.returnId(),
                facts.paymentId(), o.placedAt(), at);
    }
}
