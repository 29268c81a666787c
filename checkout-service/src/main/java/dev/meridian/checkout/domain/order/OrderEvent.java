package dev.meridian.checkout.domain.order;

import java.util.Map;

/** What can happen to a placed order; {@link OrderLifecycle} says, per axis, what each does or refuses. */
public sealed interface OrderEvent {

    /** A stable name, used for the timeline and the event type ({@code payment-authorized}, ...). */
    String name();

    record PaymentAuthorized(String paymentId) implements OrderEvent {
        public String name() {
            return "payment-authorized";
        }
    }

    record PaymentRefused(String paymentId, String reason) implements OrderEvent {
        public String name() {
            return "payment-refused";
        }
    }

    record PaymentRefunded(String paymentId) implements OrderEvent {
        public String name() {
            return "payment-refunded";
        }
    }

    record ReservationExpired() implements OrderEvent {
        public String name() {
            return "reservation-expired";
        }
    }

    /** A shipment left with these units (sku → quantity); several shipments may make up the order. */
    record ShipmentDispatched(String shipmentId, Map<String, Integer> lines) implements OrderEvent {
        public ShipmentDispatched {
            lines = Map.copyOf(lines);
        }

        public String name() {
            return "shipment-dispatched";
        }
    }

    /** A return arrived with these units (sku → quantity). */
    record ReturnReceived(String returnId, Map<String, Integer> lines) implements OrderEvent {
        public ReturnReceived {
            lines = Map.copyOf(lines);
        }

        public String name() {
            return "return-received";
        }
    }

    /** The customer or an order manager cancels; allowed until the first shipment leaves. */
    record Cancelled(Canceller by, String reason) implements OrderEvent {
        public String name() {
            return "cancelled";
        }
    }

    enum Canceller { CUSTOMER, MERCHANT }
}
