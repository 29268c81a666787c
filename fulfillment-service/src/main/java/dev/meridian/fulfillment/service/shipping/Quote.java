package dev.meridian.fulfillment.service.shipping;

import dev.meridian.fulfillment.domain.shipping.ShippingOption;
import java.util.List;

/** The options for one destination, priced in the market's currency, for the weight that was priced. */
public record Quote(String market, String currency, long weightGrams, List<ShippingOption> options) {

    public Quote {
        options = List.copyOf(options);
    }
}
