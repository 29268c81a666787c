package dev.meridian.catalog.api;

import dev.meridian.catalog.domain.Availability;
import dev.meridian.catalog.domain.LocaleChain;
import dev.meridian.catalog.domain.Market;
import dev.meridian.catalog.domain.Product;
import dev.meridian.catalog.domain.ProductDetails;
import dev.meridian.catalog.domain.ResolvedPrice;
import dev.meridian.catalog.domain.Variant;
import dev.meridian.catalog.persistence.HandleStore.HandleRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Localizes, prices and links a product for one market and locale. */
final class StorefrontViews {

    private StorefrontViews() {
    }

    static StorefrontProduct product(ProductState state, Market market, LocaleChain chain, List<HandleRow> handles,
                                     Map<String, Long> stock, Instant now) {
        Product p = state.product();
        ProductDetails d = p.details();
        Map.Entry<String, String> title = chain.pick(p.title().values()).orElseThrow();
        String locale = title.getKey();
        List<StorefrontProduct.VariantView> variants = new ArrayList<>();
        long total = 0;
        StorefrontProduct.PriceView from = null;
        for (Variant v : p.variants()) {
            long available = stock.getOrDefault(v.sku(), 0L);
            total += available;
            StorefrontProduct.PriceView price = state.price(v, market, now).map(StorefrontViews::price).orElse(null);
            if (price != null && (from == null || price.amount().compareTo(from.amount()) < 0)) {
                from = price;
            }
            variants.add(new StorefrontProduct.VariantView(v.sku(), v.gtin(), v.options(), price,
                    Availability.of(available).wire()));
        }
        return new StorefrontProduct(p.id(), market.code(), locale, handleFor(handles, chain),
                title.getValue(), text(chain, d.description()),
                new StorefrontProduct.Seo(text(chain, d.seoTitle()), text(chain, d.seoDescription())),
                d.brand(), d.categoryId(), d.certifications().stream().sorted().toList(),
                d.optionAxes().stream().map(a -> new StorefrontProduct.Option(a.name(),
                        Optional.ofNullable(text(chain, a.label())).orElse(a.name()), a.values())).toList(),
                d.images().stream().map(i -> new StorefrontProduct.ImageView(i.url(), text(chain, i.alt()))).toList(),
                variants, from, market.taxInclusive(), Availability.of(total).wire(), alternates(state, handles));
    }

    static StorefrontProduct.PriceView price(ResolvedPrice r) {
        return new StorefrontProduct.PriceView(r.amount(), r.compareAt(), r.onSale(), r.taxInclusive());
    }

    static String text(LocaleChain chain, Map<String, String> text) {
        return chain.pick(text).map(Map.Entry::getValue).orElse(null);
    }

    static String handleFor(List<HandleRow> handles, LocaleChain chain) {
        for (String tag : chain.tags()) {
            for (HandleRow h : handles) {
                if (h.locale().equals(tag)) {
                    return h.handle();
                }
            }
        }
        return handles.isEmpty() ? null : handles.get(0).handle();
    }

    /** One alternate per market the product is visible in and per locale of that market it has a handle for. */
    static List<StorefrontProduct.Alternate> alternates(ProductState state, List<HandleRow> handles) {
        List<StorefrontProduct.Alternate> out = new ArrayList<>();
        state.publications().stream().filter(pub -> pub.visible() && state.markets().containsKey(pub.market()))
                .sorted(Comparator.comparing(pub -> pub.market()))
                .forEach(pub -> {
                    Market m = state.markets().get(pub.market());
                    for (String locale : m.locales()) {
                        handles.stream().filter(h -> h.locale().equals(locale)).findFirst().ifPresent(h ->
                                out.add(new StorefrontProduct.Alternate(m.code(), locale, hreflang(locale, m), h.handle(),
                                        path(m.code(), h.handle(), locale))));
                    }
                });
        return out;
    }

    /** The product's URL path; the handle is percent-encoded UTF-8, so non-Latin handles survive headers and links. */
    static String path(String market, String handle, String locale) {
        return "/v1/markets/" + market + "/products/"
                + java.net.URLEncoder.encode(handle, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
                + "?locale=" + locale;
    }

    private static String hreflang(String locale, Market market) {
        return locale.contains("-") || market.countries().size() > 1 ? locale : locale + "-" + market.countries().get(0);
    }
}
