package dev.meridian.catalog.domain.storefront;

import dev.meridian.catalog.domain.localization.LocaleChain;
import dev.meridian.catalog.domain.localization.LocalizedText;
import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.FxRates;
import dev.meridian.catalog.domain.pricing.MarketPrice;
import dev.meridian.catalog.domain.pricing.PriceResolver;
import dev.meridian.catalog.domain.pricing.ResolvedPrice;
import dev.meridian.catalog.domain.product.Product;
import dev.meridian.catalog.domain.product.ProductDetails;
import dev.meridian.catalog.domain.product.ProductHandle;
import dev.meridian.catalog.domain.product.ProductState;
import dev.meridian.catalog.domain.product.Variant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a shopper sees of a product in one market and locale: text in the first locale of the fallback chain that
 * has it, each variant priced as the market prices it now, the lowest of those as the product's "from" price,
 * availability without exact counts, and alternates for every market the product is visible in.
 */
public final class ShopperViews {

    private ShopperViews() {
    }

    public static ShopperProduct product(ProductState state, Market market, LocaleChain chain,
                                         List<ProductHandle> handles, Map<String, Long> stock, Instant now) {
        Product p = state.product();
        ProductDetails d = p.details();
        Map.Entry<String, String> title = chain.pick(p.title().values()).orElseThrow();
        List<ShopperProduct.VariantView> variants = new ArrayList<>();
        long total = 0;
        ShopperProduct.PriceView from = null;
        for (Variant v : p.variants()) {
            long available = stock.getOrDefault(v.sku(), 0L);
            total += available;
            ShopperProduct.PriceView price = state.price(v, market, now).map(ShopperViews::price).orElse(null);
            from = lower(from, price);
            variants.add(new ShopperProduct.VariantView(v.sku(), v.gtin(), v.options(), price,
                    Availability.of(available).wire()));
        }
        return new ShopperProduct(p.id(), market.code(), title.getKey(), handleFor(handles, chain),
                title.getValue(), text(chain, d.description()),
                new ShopperProduct.Seo(text(chain, d.seoTitle()), text(chain, d.seoDescription())),
                d.brand(), d.categoryId(), d.certifications().stream().sorted().toList(),
                d.optionAxes().stream().map(a -> new ShopperProduct.Option(a.name(),
                        Optional.ofNullable(text(chain, a.label())).orElse(a.name()), a.values())).toList(),
                d.images().stream().map(i -> new ShopperProduct.ImageView(i.url(), text(chain, i.alt()))).toList(),
                variants, from, market.taxInclusive(), Availability.of(total).wire(), alternates(state, handles));
    }

    /** A product on a list page: the same localization and "from" price as its page. */
    public static ListingItem item(ListedProduct listed, Market market, LocaleChain chain, FxRates rates, Instant now) {
        Map.Entry<String, String> title = chain.pick(new LocalizedText(listed.title()).values()).orElseThrow();
        ShopperProduct.PriceView from = null;
        for (Variant v : listed.variants()) {
            MarketPrice explicit = listed.prices().stream().filter(p -> p.sku().equals(v.sku())).findFirst().orElse(null);
            from = lower(from, PriceResolver.resolve(v.basePrice(), explicit, market, rates, now)
                    .map(ShopperViews::price).orElse(null));
        }
        return new ListingItem(listed.id(), listed.handle(), title.getValue(), title.getKey(), from,
                Availability.of(listed.stock()).wire());
    }

    public static ShopperProduct.PriceView price(ResolvedPrice r) {
        return new ShopperProduct.PriceView(r.amount(), r.compareAt(), r.onSale(), r.taxInclusive());
    }

    private static ShopperProduct.PriceView lower(ShopperProduct.PriceView from, ShopperProduct.PriceView price) {
        return price != null && (from == null || price.amount().compareTo(from.amount()) < 0) ? price : from;
    }

    static String text(LocaleChain chain, Map<String, String> text) {
        return chain.pick(text).map(Map.Entry::getValue).orElse(null);
    }

    /** The handle in the first locale of the chain the product has one for, else any. */
    static String handleFor(List<ProductHandle> handles, LocaleChain chain) {
        for (String tag : chain.tags()) {
            for (ProductHandle h : handles) {
                if (h.locale().equals(tag)) {
                    return h.handle();
                }
            }
        }
        return handles.isEmpty() ? null : handles.get(0).handle();
    }

    /** One alternate per market the product is visible in and per locale of that market it has a handle for. */
    static List<ShopperProduct.Alternate> alternates(ProductState state, List<ProductHandle> handles) {
        List<ShopperProduct.Alternate> out = new ArrayList<>();
        state.publications().stream().filter(pub -> pub.visible() && state.markets().containsKey(pub.market()))
                .sorted(Comparator.comparing(pub -> pub.market()))
                .forEach(pub -> {
                    Market m = state.markets().get(pub.market());
                    for (String locale : m.locales()) {
                        handles.stream().filter(h -> h.locale().equals(locale)).findFirst().ifPresent(h ->
                                out.add(new ShopperProduct.Alternate(m.code(), locale, hreflang(locale, m), h.handle(),
                                        ProductPath.of(m.code(), h.handle(), locale))));
                    }
                });
        return out;
    }

    private static String hreflang(String locale, Market market) {
        return locale.contains("-") || market.countries().size() > 1 ? locale : locale + "-" + market.countries().get(0);
    }
}
