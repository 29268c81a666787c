package dev.meridian.checkout.domain.promotion;

import java.util.Map;
import java.util.UUID;

/** Redemptions counted so far (reserved or confirmed, never released ones), in total and by this customer. */
public record Usage(Map<UUID, Long> total, Map<UUID, Long> byCustomer) {

    public static final Usage NONE = new Usage(Map.of(), Map.of());

    public Usage {
        total = Map.copyOf(total);
        byCustomer = Map.copyOf(byCustomer);
    }

    long total(UUID promotion) {
        return total.getOrDefault(promotion, 0L);
    }

    long byCustomer(UUID promotion) {
        return byCustomer.getOrDefault(promotion, 0L);
    }
}
