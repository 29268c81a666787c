package dev.meridian.fulfillment.domain.routing;

import java.util.List;

public record RoutingDecision(List<Allocation> allocations, RoutingReason reason, String explanation) {

    public RoutingDecision {
        allocations = List.copyOf(allocations);
    }
}
