package dev.meridian.checkout.persistence;

import dev.meridian.checkout.domain.order.FulfillmentStatus;
import dev.meridian.checkout.domain.order.Order;
import dev.meridian.checkout.domain.order.OrderProgress;
import dev.meridian.checkout.domain.order.OrderState;
import dev.meridian.checkout.domain.order.OrderStatus;
import dev.meridian.checkout.domain.order.PaymentStatus;
import dev.meridian.checkout.domain.order.ReturnStatus;
import dev.meridian.platform.money.Money;
import java.util.Map;

/** Order row ↔ domain order; the confirmed quote is the {@link Documents.Quote} document. */
final class OrderMapper {

    private OrderMapper() {
    }

    static Order toDomain(OrderEntity e) {
        var p = e.progress;
        return new Order(e.id, e.number, e.cartId, e.customerId, e.email, e.guestTokenHash, e.market,
                Money.currencyOf(e.currency), e.locale,
                new OrderState(OrderStatus.valueOf(e.orderStatus), PaymentStatus.valueOf(e.paymentStatus),
                        FulfillmentStatus.valueOf(e.fulfillmentStatus), ReturnStatus.valueOf(e.returnStatus)),
                new OrderProgress(map(p.ordered()), map(p.dispatched()), map(p.returned())),
                CheckoutQuoteMapper.toDomain(e.document), e.reservationId, e.reservationExpiresAt, e.placedAt,
                e.updatedAt, e.version);
    }

    static OrderEntity toEntity(Order o, OrderEntity e) {
        e.id = o.id();
        e.number = o.number();
        e.cartId = o.cartId();
        e.customerId = o.customer();
        e.email = o.email();
        e.guestTokenHash = o.guestTokenHash();
        e.market = o.market();
        e.currency = o.currency().getCurrencyCode();
        e.locale = o.locale();
        e.orderStatus = o.state().order().name();
        e.paymentStatus = o.state().payment().name();
        e.fulfillmentStatus = o.state().fulfillment().name();
        e.returnStatus = o.state().returns().name();
        e.quoteId = o.quote().id();
        e.document = CheckoutQuoteMapper.document(o.quote());
        e.progress = new Documents.Progress(o.progress().ordered(), o.progress().dispatched(), o.progress().returned());
        e.totalMinor = o.quote().totals().total().minorUnits();
        e.reservationId = o.reservationId();
        e.reservationExpiresAt = o.reservationExpiresAt();
        e.placedAt = o.placedAt();
        e.updatedAt = o.updatedAt();
        return e;
    }

    private static Map<String, Integer> map(Map<String, Integer> m) {
        return m == null ? Map.of() : m;
    }
}
