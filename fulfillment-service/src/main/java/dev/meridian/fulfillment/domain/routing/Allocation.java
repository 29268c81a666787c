package dev.meridian.fulfillment.domain.routing;

import java.util.List;

/** The lines one location ships: one shipment each. */
public record Allocation(String location, List<OrderLine> lines) {

    public Allocation {
        lines = List.copyOf(lines);
    }
}
