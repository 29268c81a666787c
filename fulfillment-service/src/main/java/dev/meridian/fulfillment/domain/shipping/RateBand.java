package dev.meridian.fulfillment.domain.shipping;

import dev.meridian.platform.money.Money;

/** Price for everything up to and including {@code upTo} (grams or minor units); null means no upper bound. */
public record RateBand(Long upTo, Money price) {

    public boolean covers(long measure) {
        return upTo == null || measure <= upTo;
    }
}
