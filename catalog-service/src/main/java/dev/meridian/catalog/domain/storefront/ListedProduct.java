package dev.meridian.catalog.domain.storefront;

import dev.meridian.catalog.domain.pricing.MarketPrice;
import dev.meridian.catalog.domain.product.Variant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product found for a list page, with what the page shows of it: its title per locale, variants, explicit prices in
 * the market, the handle in the best locale, the stock summed over its SKUs and the value it was sorted by.
 */
public record ListedProduct(UUID id, Map<String, String> title, List<Variant> variants, List<MarketPrice> prices,
                            String handle, long stock, String sortKey) {
}
