package dev.meridian.checkout.domain.order;

import java.util.LinkedHashMap;
import java.util.Map;

/** Units ordered, dispatched and returned per SKU: what the fulfillment and return axes are computed from. */
public record OrderProgress(Map<String, Integer> ordered, Map<String, Integer> dispatched,
                            Map<String, Integer> returned) {

    public OrderProgress {
        ordered = Map.copyOf(ordered);
        dispatched = Map.copyOf(dispatched);
        returned = Map.copyOf(returned);
    }

    public static OrderProgress of(Map<String, Integer> ordered) {
        return new OrderProgress(ordered, Map.of(), Map.of());
    }

    public boolean nothingDispatched() {
        return dispatched.values().stream().allMatch(q -> q == 0);
    }

    public boolean allDispatched() {
        return ordered.entrySet().stream().allMatch(e -> dispatched.getOrDefault(e.getKey(), 0) >= e.getValue());
    }

    public boolean allReturned() {
        return dispatched.entrySet().stream().allMatch(e -> returned.getOrDefault(e.getKey(), 0) >= e.getValue());
    }

    /** Adds dispatched units, never more per SKU than ordered (a repeated or excess report changes nothing). */
    public OrderProgress dispatch(Map<String, Integer> lines) {
        return new OrderProgress(ordered, add(dispatched, lines, ordered), returned);
    }

    /** Adds returned units, never more per SKU than dispatched. */
    public OrderProgress receiveReturn(Map<String, Integer> lines) {
        return new OrderProgress(ordered, dispatched, add(returned, lines, dispatched));
    }

    private static Map<String, Integer> add(Map<String, Integer> so, Map<String, Integer> more,
                                            Map<String, Integer> cap) {
        Map<String, Integer> next = new LinkedHashMap<>(so);
        more.forEach((sku, q) -> {
            if (cap.containsKey(sku)) {
                next.put(sku, Math.min(cap.get(sku), next.getOrDefault(sku, 0) + q));
            }
        });
        return next;
    }
}
