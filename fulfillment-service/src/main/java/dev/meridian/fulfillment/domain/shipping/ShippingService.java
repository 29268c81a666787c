package dev.meridian.fulfillment.domain.shipping;

import java.util.Set;

/**
 * A carrier's product, e.g. economy direct mail or express. {@code freeShippingEligible}: whether the market's
 * free-shipping threshold makes this service free (merchants usually make only the slowest option free).
 */
public record ShippingService(String code, String carrier, String name, ServiceKind kind, int transitDaysMin,
                              int transitDaysMax, Set<Incoterm> incoterms, boolean freeShippingEligible) {

    public ShippingService {
        incoterms = Set.copyOf(incoterms);
        if (transitDaysMin < 0 || transitDaysMax < transitDaysMin) {
            throw new IllegalArgumentException("transit days of " + code + " must satisfy 0 <= min <= max");
        }
    }
}
