package dev.meridian.checkout.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.checkout.domain.order.OrderEvent.Canceller;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderLifecycleTest {

    private static final Map<String, Integer> ORDERED = Map.of("A", 2, "B", 1);

    private static OrderEvent event(String name) {
        return switch (name) {
            case "authorized" -> new OrderEvent.PaymentAuthorized("pay-1");
            case "refused" -> new OrderEvent.PaymentRefused("pay-1", "declined");
            case "refunded" -> new OrderEvent.PaymentRefunded("pay-1");
            case "expired" -> new OrderEvent.ReservationExpired();
            case "dispatched-part" -> new OrderEvent.ShipmentDispatched("s-1", Map.of("A", 2));
            case "dispatched-all" -> new OrderEvent.ShipmentDispatched("s-1", Map.of("A", 2, "B", 1));
            case "returned-part" -> new OrderEvent.ReturnReceived("r-1", Map.of("A", 1));
            case "returned-all" -> new OrderEvent.ReturnReceived("r-1", Map.of("A", 2, "B", 1));
            case "cancelled" -> new OrderEvent.Cancelled(Canceller.CUSTOMER, "changed my mind");
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A state reached the way it is reached in life, so progress and axes agree. */
    private static OrderLifecycle.Result reach(String... events) {
        OrderLifecycle.Result r = new OrderLifecycle.Result(OrderState.PLACED, java.util.List.of(),
                OrderProgress.of(ORDERED));
        for (String e : events) {
            r = OrderLifecycle.apply(r.next(), r.progress(), event(e));
        }
        return r;
    }

    @ParameterizedTest(name = "{0} then {1} → {2} {3} {4} {5}")
    @CsvSource({
            "'', authorized, CONFIRMED, AUTHORIZED, ALLOCATED, NONE",
            "'', refused, CANCELLED, REFUSED, RELEASED, NONE",
            "'', expired, CANCELLED, PENDING, RELEASED, NONE",
            "'', cancelled, CANCELLED, VOIDED, RELEASED, NONE",
            "authorized, cancelled, CANCELLED, VOIDED, RELEASED, NONE",
            "authorized, dispatched-part, CONFIRMED, AUTHORIZED, PARTIALLY_FULFILLED, NONE",
            "authorized, dispatched-all, COMPLETED, AUTHORIZED, FULFILLED, NONE",
            "authorized dispatched-part, dispatched-all, COMPLETED, AUTHORIZED, FULFILLED, NONE",
            "authorized dispatched-all, returned-part, COMPLETED, REFUND_PENDING, FULFILLED, PARTIALLY_RETURNED",
            "authorized dispatched-all, returned-all, COMPLETED, REFUND_PENDING, FULFILLED, RETURNED",
            "authorized dispatched-all returned-all, refunded, COMPLETED, REFUNDED, FULFILLED, RETURNED",
            "authorized dispatched-part, returned-part, CONFIRMED, REFUND_PENDING, PARTIALLY_FULFILLED, PARTIALLY_RETURNED",
            // repeats and events that do not concern a state change nothing
            "authorized, authorized, CONFIRMED, AUTHORIZED, ALLOCATED, NONE",
            "authorized, expired, CONFIRMED, AUTHORIZED, ALLOCATED, NONE",
            "cancelled, cancelled, CANCELLED, VOIDED, RELEASED, NONE",
            "refused, expired, CANCELLED, REFUSED, RELEASED, NONE",
    })
    void legal_moves_land_on_the_next_state_of_every_axis(String before, String event, OrderStatus order,
                                                          PaymentStatus payment, FulfillmentStatus fulfillment,
                                                          ReturnStatus returns) {
        OrderLifecycle.Result r = reach(before.isBlank() ? new String[0] : before.split(" "));

        OrderLifecycle.Result next = OrderLifecycle.apply(r.next(), r.progress(), event(event));

        assertThat(next.next()).isEqualTo(new OrderState(order, payment, fulfillment, returns));
    }

    @ParameterizedTest(name = "{0} then {1} is refused on {2}")
    @CsvSource({
            "'', dispatched-part, order",
            "'', returned-part, order",
            "'', refunded, order",
            "refused, authorized, order",
            "expired, authorized, order",
            "cancelled, authorized, order",
            "cancelled, dispatched-part, order",
            "authorized, refused, order",
            "authorized dispatched-part, cancelled, order",
            "authorized dispatched-all, cancelled, order",
            "authorized, returned-part, fulfillment",
            "authorized dispatched-all returned-all, returned-part, returns",
    })
    void illegal_moves_are_refused_and_change_nothing(String before, String event, String axis) {
        OrderLifecycle.Result r = reach(before.isBlank() ? new String[0] : before.split(" "));

        assertThatThrownBy(() -> OrderLifecycle.apply(r.next(), r.progress(), event(event)))
                .isInstanceOf(IllegalTransition.class)
                .satisfies(e -> assertThat(((IllegalTransition) e).details()).containsEntry("axis", axis));
    }

    @Test
    void each_move_is_reported_per_axis() {
        OrderLifecycle.Result r = OrderLifecycle.apply(OrderState.PLACED, OrderProgress.of(ORDERED),
                event("authorized"));

        assertThat(r.changes()).containsExactly(new AxisChange("order", "AWAITING_PAYMENT", "CONFIRMED"),
                new AxisChange("payment", "PENDING", "AUTHORIZED"), new AxisChange("fulfillment", "HELD", "ALLOCATED"));
    }

    @Test
    void dispatched_and_returned_units_never_exceed_what_was_ordered_and_shipped() {
        OrderProgress p = OrderProgress.of(ORDERED).dispatch(Map.of("A", 5, "Z", 1)).receiveReturn(Map.of("A", 9));

        assertThat(p.dispatched()).isEqualTo(Map.of("A", 2));
        assertThat(p.returned()).isEqualTo(Map.of("A", 2));
        assertThat(p.allDispatched()).isFalse();
    }
}
