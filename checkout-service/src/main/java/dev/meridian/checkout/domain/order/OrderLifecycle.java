package dev.meridian.checkout.domain.order;

import dev.meridian.checkout.domain.order.OrderEvent.Cancelled;
import dev.meridian.checkout.domain.order.OrderEvent.PaymentAuthorized;
import dev.meridian.checkout.domain.order.OrderEvent.PaymentRefunded;
import dev.meridian.checkout.domain.order.OrderEvent.PaymentRefused;
import dev.meridian.checkout.domain.order.OrderEvent.ReservationExpired;
import dev.meridian.checkout.domain.order.OrderEvent.ReturnReceived;
import dev.meridian.checkout.domain.order.OrderEvent.ShipmentDispatched;
import java.util.ArrayList;
import java.util.List;

/**
 * The transition table of each axis, explicitly: for every state and event, the next state, the same state (the
 * event does not concern this axis, or repeats what already happened), or a refusal. An event is applied to all
 * four axes at once or, if any axis refuses it, to none.
 *
 * <pre>
 * order:       AWAITING_PAYMENT --authorized--> CONFIRMED --all dispatched--> COMPLETED
 *              AWAITING_PAYMENT --refused | reservation expired | cancelled--> CANCELLED
 *              CONFIRMED --cancelled (nothing dispatched)--> CANCELLED
 * payment:     PENDING --authorized--> AUTHORIZED --return received--> REFUND_PENDING --refunded--> REFUNDED
 *              PENDING --refused--> REFUSED;  PENDING | AUTHORIZED --cancelled--> VOIDED
 * fulfillment: HELD --authorized--> ALLOCATED --dispatched--> PARTIALLY_FULFILLED | FULFILLED
 *              HELD | ALLOCATED --refused | expired | cancelled--> RELEASED
 * returns:     NONE | PARTIALLY_RETURNED --return received--> PARTIALLY_RETURNED | RETURNED
 * </pre>
 */
public final class OrderLifecycle {

    /** The next state on every axis, the moves made, and the progress after the event. */
    public record Result(OrderState next, List<AxisChange> changes, OrderProgress progress) {

        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    private OrderLifecycle() {
    }

    public static Result apply(OrderState state, OrderProgress progress, OrderEvent event) {
        OrderProgress after = switch (event) {
            case ShipmentDispatched d -> progress.dispatch(d.lines());
            case ReturnReceived r -> progress.receiveReturn(r.lines());
            default -> progress;
        };
        OrderState next = new OrderState(order(state.order(), event, progress, after),
                payment(state.payment(), event), fulfillment(state.fulfillment(), event, after),
                returns(state.returns(), event, after));
        List<AxisChange> changes = new ArrayList<>();
        change(changes, "order", state.order(), next.order());
        change(changes, "payment", state.payment(), next.payment());
        change(changes, "fulfillment", state.fulfillment(), next.fulfillment());
        change(changes, "returns", state.returns(), next.returns());
        return new Result(next, changes, after);
    }

    static OrderStatus order(OrderStatus s, OrderEvent e, OrderProgress before, OrderProgress after) {
        return switch (s) {
            case AWAITING_PAYMENT -> switch (e) {
                case PaymentAuthorized a -> OrderStatus.CONFIRMED;
                case PaymentRefused r -> OrderStatus.CANCELLED;
                case ReservationExpired x -> OrderStatus.CANCELLED;
                case Cancelled c -> OrderStatus.CANCELLED;
                case ShipmentDispatched d -> throw new IllegalTransition("order", s, e);
                case ReturnReceived r -> throw new IllegalTransition("order", s, e);
                case PaymentRefunded r -> throw new IllegalTransition("order", s, e);
            };
            case CONFIRMED -> switch (e) {
                case ShipmentDispatched d -> after.allDispatched() ? OrderStatus.COMPLETED : OrderStatus.CONFIRMED;
                case Cancelled c -> {
                    if (!before.nothingDispatched()) {
                        throw new IllegalTransition("order", "partly dispatched", e);
                    }
                    yield OrderStatus.CANCELLED;
                }
                case PaymentRefused r -> throw new IllegalTransition("order", s, e);
                case PaymentAuthorized a -> s;
                case ReservationExpired x -> s;
                case ReturnReceived r -> s;
                case PaymentRefunded r -> s;
            };
            case COMPLETED -> switch (e) {
                case Cancelled c -> throw new IllegalTransition("order", s, e);
                case PaymentRefused r -> throw new IllegalTransition("order", s, e);
                case PaymentAuthorized a -> s;
                case ReservationExpired x -> s;
                case ShipmentDispatched d -> s;
                case ReturnReceived r -> s;
                case PaymentRefunded r -> s;
            };
            case CANCELLED -> switch (e) {
                case PaymentAuthorized a -> throw new IllegalTransition("order", s, e);
                case ShipmentDispatched d -> throw new IllegalTransition("order", s, e);
                case ReturnReceived r -> throw new IllegalTransition("order", s, e);
                case PaymentRefused r -> s;
                case ReservationExpired x -> s;
                case Cancelled c -> s;
                case PaymentRefunded r -> s;
            };
        };
    }

    static PaymentStatus payment(PaymentStatus s, OrderEvent e) {
        return switch (s) {
            case PENDING -> switch (e) {
                case PaymentAuthorized a -> PaymentStatus.AUTHORIZED;
                case PaymentRefused r -> PaymentStatus.REFUSED;
                case Cancelled c -> PaymentStatus.VOIDED;
                case PaymentRefunded r -> throw new IllegalTransition("payment", s, e);
                case ReservationExpired x -> s;
                case ShipmentDispatched d -> s;
                case ReturnReceived r -> s;
            };
            case AUTHORIZED -> switch (e) {
                case Cancelled c -> PaymentStatus.VOIDED;
                case ReturnReceived r -> PaymentStatus.REFUND_PENDING;
                case PaymentRefunded r -> PaymentStatus.REFUNDED;
                case PaymentRefused r -> throw new IllegalTransition("payment", s, e);
                case PaymentAuthorized a -> s;
                case ReservationExpired x -> s;
                case ShipmentDispatched d -> s;
            };
            case REFUND_PENDING -> switch (e) {
                case PaymentRefunded r -> PaymentStatus.REFUNDED;
                case PaymentRefused r -> throw new IllegalTransition("payment", s, e);
                case Cancelled c -> throw new IllegalTransition("payment", s, e);
                case PaymentAuthorized a -> s;
                case ReservationExpired x -> s;
                case ShipmentDispatched d -> s;
                case ReturnReceived r -> s;
            };
            case REFUNDED -> switch (e) {
                case ReturnReceived r -> PaymentStatus.REFUND_PENDING;
                case PaymentRefused r -> throw new IllegalTransition("payment", s, e);
                case Cancelled c -> throw new IllegalTransition("payment", s, e);
                case PaymentAuthorized a -> s;
                case ReservationExpired x -> s;
                case ShipmentDispatched d -> s;
                case PaymentRefunded r -> s;
            };
            case REFUSED, VOIDED -> switch (e) {
                case PaymentAuthorized a -> throw new IllegalTransition("payment", s, e);
                case PaymentRefunded r -> throw new IllegalTransition("payment", s, e);
                case PaymentRefused r -> s;
                case Cancelled c -> s;
                case ReservationExpired x -> s;
                case ShipmentDispatched d -> s;
                case ReturnReceived r -> s;
            };
        };
    }

    static FulfillmentStatus fulfillment(FulfillmentStatus s, OrderEvent e, OrderProgress after) {
        FulfillmentStatus shipped = after.allDispatched() ? FulfillmentStatus.FULFILLED
                : FulfillmentStatus.PARTIALLY_FULFILLED;
        return switch (s) {
            case HELD -> switch (e) {
                case PaymentAuthorized a -> FulfillmentStatus.ALLOCATED;
                case PaymentRefused r -> FulfillmentStatus.RELEASED;
                case ReservationExpired x -> FulfillmentStatus.RELEASED;
                case Cancelled c -> FulfillmentStatus.RELEASED;
                case ShipmentDispatched d -> throw new IllegalTransition("fulfillment", s, e);
                case ReturnReceived r -> throw new IllegalTransition("fulfillment", s, e);
                case PaymentRefunded r -> s;
            };
            case ALLOCATED -> switch (e) {
                case ShipmentDispatched d -> shipped;
                case Cancelled c -> FulfillmentStatus.RELEASED;
                case ReturnReceived r -> throw new IllegalTransition("fulfillment", s, e);
                case PaymentAuthorized a -> s;
                case PaymentRefused r -> s;
                case ReservationExpired x -> s;
                case PaymentRefunded r -> s;
            };
            case PARTIALLY_FULFILLED -> switch (e) {
                case ShipmentDispatched d -> shipped;
                case Cancelled c -> throw new IllegalTransition("fulfillment", s, e);
                case PaymentAuthorized a -> s;
                case PaymentRefused r -> s;
                case ReservationExpired x -> s;
                case ReturnReceived r -> s;
                case PaymentRefunded r -> s;
            };
            case FULFILLED -> switch (e) {
                case Cancelled c -> throw new IllegalTransition("fulfillment", s, e);
                case ShipmentDispatched d -> s;
                case PaymentAuthorized a -> s;
                case PaymentRefused r -> s;
                case ReservationExpired x -> s;
                case ReturnReceived r -> s;
                case PaymentRefunded r -> s;
            };
            case RELEASED -> switch (e) {
                case PaymentAuthorized a -> throw new IllegalTransition("fulfillment", s, e);
                case ShipmentDispatched d -> throw new IllegalTransition("fulfillment", s, e);
                case ReturnReceived r -> throw new IllegalTransition("fulfillment", s, e);
                case PaymentRefused r -> s;
                case ReservationExpired x -> s;
                case Cancelled c -> s;
                case PaymentRefunded r -> s;
            };
        };
    }

    static ReturnStatus returns(ReturnStatus s, OrderEvent e, OrderProgress after) {
        if (!(e instanceof ReturnReceived r)) {
            return s;
        }
        return switch (s) {
            case NONE, PARTIALLY_RETURNED -> after.allReturned() ? ReturnStatus.RETURNED : ReturnStatus.PARTIALLY_RETURNED;
            case RETURNED -> throw new IllegalTransition("returns", s, r);
        };
    }

    private static void change(List<AxisChange> changes, String axis, Enum<?> from, Enum<?> to) {
        if (from != to) {
            changes.add(new AxisChange(axis, from.name(), to.name()));
        }
    }
}
