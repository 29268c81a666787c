package dev.meridian.checkout.domain.checkout;

import dev.meridian.platform.money.Money;
import java.time.LocalDate;
import java.util.Set;

/** A way to ship the cart as fulfillment quotes it: price in the market's currency, estimate, incoterms, origin. */
public record ShippingOption(String service, String carrier, String name, String kind, Money price,
                             boolean freeShipping, int minDays, int maxDays, LocalDate earliest, LocalDate latest,
                             Set<Incoterm> incoterms, String shipsFrom) {

    public ShippingOption {
        incoterms = Set.copyOf(incoterms);
    }

    /** DDP when the service offers it (no surprise at the door), else DAP; or what the buyer asked for. */
    public Incoterm incotermFor(Incoterm requested) {
        if (requested != null && incoterms.contains(requested)) {
            return requested;
        }
        return incoterms.contains(Incoterm.DDP) || incoterms.isEmpty() ? Incoterm.DDP : Incoterm.DAP;
    }
}
