package dev.meridian.fulfillment.domain.shipping;

import dev.meridian.platform.money.Money;
import java.util.Set;

public record ShippingOption(String service, String carrier, String name, ServiceKind kind, Money price,
                             boolean freeShipping, DeliveryEstimate estimate, Set<Incoterm> incoterms,
                             String shipsFrom) {
}
