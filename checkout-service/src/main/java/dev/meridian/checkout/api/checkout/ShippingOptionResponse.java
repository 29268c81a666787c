package dev.meridian.checkout.api.checkout;

import dev.meridian.checkout.domain.checkout.ShippingOption;
import dev.meridian.platform.money.Money;
import java.time.LocalDate;
import java.util.List;

public record ShippingOptionResponse(String service, String carrier, String name, String kind, Money price,
                                     boolean freeShipping, int minDays, int maxDays, LocalDate earliest,
                                     LocalDate latest, List<String> incoterms) {

    public static ShippingOptionResponse of(ShippingOption o) {
        return new ShippingOptionResponse(o.service(), o.carrier(), o.name(), o.kind(), o.price(), o.freeShipping(),
                o.minDays(), o.maxDays(), o.earliest(), o.latest(),
                o.incoterms().stream().map(Enum::name).sorted().toList());
    }
}
