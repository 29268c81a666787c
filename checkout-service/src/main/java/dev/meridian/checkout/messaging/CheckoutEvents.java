package dev.meridian.checkout.messaging;

import dev.meridian.checkout.domain.order.AxisChange;
import dev.meridian.checkout.domain.order.Order;
import dev.meridian.checkout.domain.order.OrderEvent;
import dev.meridian.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Records checkout's events in the outbox, inside the caller's transaction, keyed by the aggregate id (order id, cart
 * id) so each aggregate's events stay in order. Schemas: docs/events/checkout/.
 */
@ApplicationScoped
public class CheckoutEvents {

    private final Outbox outbox;

    public CheckoutEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> orderPlaced(Order order, List<AxisChange> changes, Instant at) {
        return record(CheckoutEventTypes.ORDER_PLACED, order, changes, OrderEventData.Facts.NONE, at);
    }

    /** The event one lifecycle step produces: its type follows from what happened to the order. */
    public Uni<Void> transition(Order order, OrderEvent event, List<AxisChange> changes, Instant at) {
        String type = switch (event) {
            case OrderEvent.PaymentAuthorized a -> CheckoutEventTypes.ORDER_CONFIRMED;
            case OrderEvent.PaymentRefused r -> CheckoutEventTypes.ORDER_CANCELLED;
            case OrderEvent.ReservationExpired x -> CheckoutEventTypes.ORDER_CANCELLED;
            case OrderEvent.Cancelled c -> CheckoutEventTypes.ORDER_CANCELLED;
            case OrderEvent.ShipmentDispatched d -> CheckoutEventTypes.ORDER_FULFILLMENT_CHANGED;
            case OrderEvent.ReturnReceived r -> CheckoutEventTypes.ORDER_RETURNED;
            case OrderEvent.PaymentRefunded r -> CheckoutEventTypes.ORDER_REFUNDED;
        };
        OrderEventData.Facts facts = switch (event) {
            case OrderEvent.PaymentAuthorized a -> new OrderEventData.Facts(null, null, null, a.paymentId());
            case OrderEvent.PaymentRefused r -> new OrderEventData.Facts("payment-refused", null, null, r.paymentId());
            case OrderEvent.ReservationExpired x -> new OrderEventData.Facts("reservation-expired", null, null, null);
            case OrderEvent.Cancelled c -> new OrderEventData.Facts(
                    c.by() == OrderEvent.Canceller.CUSTOMER ? "cancelled-by-customer" : "cancelled-by-merchant",
                    null, null, null);
            case OrderEvent.ShipmentDispatched d -> new OrderEventData.Facts(null, d.shipmentId(), null, null);
            case OrderEvent.ReturnReceived r -> new OrderEventData.Facts(null, null, r.returnId(), null);
            case OrderEvent.PaymentRefunded r -> new OrderEventData.Facts(null, null, null, r.paymentId());
        };
        return record(type, order, changes, facts, at);
    }

    public Uni<Void> cartAbandoned(Map<String, Object> data, String cartId) {
        return outbox.record(CheckoutEventTypes.TOPIC, CheckoutEventTypes.CART_ABANDONED, cartId, data)
                .replaceWithVoid();
    }

    private Uni<Void> record(String type, Order order, List<AxisChange> changes, OrderEventData.Facts facts,
                             Instant at) {
        return outbox.record(CheckoutEventTypes.TOPIC, type, order.id().toString(),
                OrderEventData.of(order, changes, facts, at)).replaceWithVoid();
    }
}
