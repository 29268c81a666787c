package dev.meridian.fulfillment.domain.stock;

import java.util.List;

/** Not enough available units for one or more lines; nothing was reserved (all-or-nothing). */
public class InsufficientStock extends RuntimeException {

    private final List<String> skus;

    public InsufficientStock(List<String> skus) {
        super("not enough stock available for " + skus);
        this.skus = List.copyOf(skus);
    }

    public List<String> skus() {
        return skus;
    }
}
