package dev.meridian.catalog.api.storefront;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.meridian.catalog.domain.storefront.ShopperProduct;
import dev.meridian.platform.money.Money;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A product as a shopper in one market and locale sees it (the wire form of {@link ShopperProduct}). */
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

        static PriceView of(ShopperProduct.PriceView p) {
            return p == null ? null : new PriceView(p.amount(), p.compareAt(), p.onSale(), p.taxInclusive());
        }
    }

    /** Where the same product lives in another locale or market: for hreflang links. */
    public record Alternate(String market, String locale, String hreflang, String handle, String path) {
    }

    static StorefrontProduct of(ShopperProduct p) {
        return new StorefrontProduct(p.id(), p.market(), p.locale(), p.handle(), p.title(), p.description(),
                new Seo(p.seo().title(), p.seo().description()), p.brand(), p.categoryId(), p.certifications(),
                p.options().stream().map(o -> new Option(o.name(), o.label(), o.values())).toList(),
                p.images().stream().map(i -> new ImageView(i.url(), i.alt())).toList(),
                p.variants().stream().map(v -> new VariantView(v.sku(), v.gtin(), v.options(), PriceView.of(v.price()),
                        v.availability())).toList(),
                PriceView.of(p.price()), p.taxInclusive(), p.availability(),
                p.alternates().stream().map(a -> new Alternate(a.market(), a.locale(), a.hreflang(), a.handle(),
                        a.path())).toList());
    }
}
