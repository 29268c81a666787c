package dev.meridian.catalog.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.meridian.platform.money.Money;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A product as a shopper in one market and locale sees it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StorefrontProduct(UUID id, String market, String locale, String handle, String title, String description,
                                Seo seo, String brand, UUID categoryId, List<String> certifications,
                                List<Option> options, List<ImageView> images, List<VariantView> variants,
                                PriceView price, boolean taxInclusive, String availability, List<Alternate> alternates) {

    public record Seo(String title, String description) {
    }

    public record Option(String name, String label, List<String> values) {
    }

    public record ImageView(String url, String alt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VariantView(String sku, String gtin, Map<String, String> options, PriceView price, String availability) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PriceView(Money amount, Money compareAt, boolean onSale, boolean taxInclusive) {
    }

    /** Where the same product lives in another locale or market: for hreflang links. */
    public record Alternate(String market, String locale, String hreflang, String handle, String path) {
    }
}
