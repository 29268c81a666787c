package dev.meridian.catalog.domain.storefront;

import dev.meridian.platform.money.Money;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A product as a shopper in one market and locale sees it: localized, priced, with availability and alternates. */
public record ShopperProduct(UUID id, String market, String locale, String handle, String title, String description,
                             Seo seo, String brand, UUID categoryId, List<String> certifications,
                             List<Option> options, List<ImageView> images, List<VariantView> variants,
                             PriceView price, boolean taxInclusive, String availability, List<Alternate> alternates) {

    public record Seo(String title, String description) {
    }

    public record Option(String name, String label, List<String> values) {
    }

    public record ImageView(String url, String alt) {
    }

    public record VariantView(String sku, String gtin, Map<String, String> options, PriceView price, String availability) {
    }

    /** The price shown: the amount charged now, the "was" price when on sale, and whether tax is included. */
    public record PriceView(Money amount, Money compareAt, boolean onSale, boolean taxInclusive) {
    }

    /** Where the same product lives in another locale or market: for hreflang links. */
    public record Alternate(String market, String locale, String hreflang, String handle, String path) {
    }
}
