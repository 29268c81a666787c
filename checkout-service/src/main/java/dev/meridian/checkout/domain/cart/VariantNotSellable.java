package dev.meridian.checkout.domain.cart;

import dev.meridian.checkout.domain.catalog.Sellability;
import dev.meridian.platform.failure.StateConflict;
import java.util.Map;

/** A variant the cart's market does not sell: answered 409 with the reason code (e.g. {@code blocked-by-compliance}). */
public final class VariantNotSellable extends StateConflict {

    public VariantNotSellable(Sellability.NotSellable why) {
        super(why.explanation(), Map.of("reason", why.reason().code(), "sku", why.sku(), "market", why.market()));
    }
}
