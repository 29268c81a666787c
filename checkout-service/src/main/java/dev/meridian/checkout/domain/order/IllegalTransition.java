package dev.meridian.checkout.domain.order;

import dev.meridian.platform.failure.StateConflict;
import java.util.Map;

/** The order's state does not allow this event on this axis: answered 409, nothing changes. */
public final class IllegalTransition extends StateConflict {

    public IllegalTransition(String axis, Object from, OrderEvent event) {
        super("order " + axis + " is " + from + ": " + event.name() + " is not possible now",
                Map.of("axis", axis, "state", String.valueOf(from), "event", event.name()));
    }
}
