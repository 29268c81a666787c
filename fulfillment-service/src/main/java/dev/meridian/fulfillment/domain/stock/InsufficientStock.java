package dev.meridian.fulfillment.domain.stock;

import dev.meridian.platform.failure.StateConflict;
import java.util.List;
import java.util.Map;

/**
 * Not enough available units for one or more lines; nothing was reserved (all-or-nothing). Answered 409 with the
 * SKUs in {@code insufficientSkus}, so a client can tell the shopper which lines are short.
 */
public class InsufficientStock extends StateConflict {

    private final List<String> skus;

    public InsufficientStock(List<String> skus) {
        super("not enough stock available for " + skus + "; nothing was reserved",
                Map.of("insufficientSkus", List.copyOf(skus)));
        this.skus = List.copyOf(skus);
    }

    public List<String> skus() {
        return skus;
    }
}
