package dev.meridian.fulfillment.domain.routing;

import dev.meridian.fulfillment.domain.stock.InsufficientStock;
import java.util.List;

/** Some line is not held in full by any location that may ship it. */
public class UnroutableOrder extends InsufficientStock {

    public UnroutableOrder(List<String> skus) {
        super(skus);
    }
}
