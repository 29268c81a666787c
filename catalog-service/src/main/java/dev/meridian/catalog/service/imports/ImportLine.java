package dev.meridian.catalog.service.imports;

import dev.meridian.catalog.domain.pricing.MarketPrice;
import dev.meridian.catalog.service.product.ProductCommand;

/** One usable line of an import file: a product (created or replaced by SKU) or an explicit market price. */
public sealed interface ImportLine {

    record ProductLine(ProductCommand product) implements ImportLine {
    }

    record PriceLine(MarketPrice price) implements ImportLine {
    }

    /** A line that cannot be applied, with the reason the job reports for it. */
    final class Rejected extends RuntimeException {

        public Rejected(String reason) {
            super(reason, null, false, false);
        }
    }
}
