package dev.meridian.catalog.domain.storefront;

import static dev.meridian.catalog.domain.Examples.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.catalog.domain.Examples;
import dev.meridian.catalog.domain.localization.LocaleChain;
import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.FxRates;
import dev.meridian.catalog.domain.product.ProductHandle;
import dev.meridian.catalog.domain.product.ProductState;
import dev.meridian.catalog.domain.product.Publication;
import dev.meridian.platform.money.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopperViewsTest {

    private final Market eu = Examples.eu();
    private final Market uk = Examples.uk();

    private static List<ProductHandle> handles(ProductState state) {
        return List.of(new ProductHandle(state.product().id(), "de", "schal", true),
                new ProductHandle(state.product().id(), "en", "scarf", true));
    }

    private ShopperProduct view(ProductState state, String locale, Map<String, Long> stock) {
        return ShopperViews.product(state, eu, LocaleChain.of(locale, eu), handles(state), stock, NOW);
    }

    @Test
    void a_regional_locale_is_served_in_its_language_with_its_handle() {
        ShopperProduct view = view(Examples.product().publishedIn(eu).build(), "de-AT", Map.of());
        assertThat(view.locale()).isEqualTo("de");
        assertThat(view.title()).isEqualTo("Schal");
        assertThat(view.handle()).isEqualTo("schal");
    }

    @Test
    void a_language_the_product_lacks_is_served_in_the_market_default() {
        ShopperProduct view = view(Examples.product().title(Map.of("en", "Scarf")).publishedIn(eu).build(), "fr", Map.of());
        assertThat(view.locale()).isEqualTo("en");
        assertThat(view.title()).isEqualTo("Scarf");
    }

    @Test
    void the_product_price_is_the_lowest_price_of_its_variants() {
        ProductState state = Examples.product().variant("red", "30.00").variant("blue", "20.00").publishedIn(eu).build();
        ShopperProduct view = view(state, "en", Map.of());
        assertThat(view.price().amount()).isEqualTo(Money.of("EUR", "20.00"));
        assertThat(view.price().taxInclusive()).isTrue();
        assertThat(view.variants()).extracting(v -> v.price().amount())
                .containsExactly(Money.of("EUR", "30.00"), Money.of("EUR", "20.00"));
    }

    @Test
    void availability_shows_levels_not_counts_per_variant_and_for_the_product() {
        Examples.ProductBuilder builder = Examples.product().variant("red", "30.00").variant("blue", "20.00")
                .publishedIn(eu);
        ShopperProduct view = view(builder.build(), "en", Map.of(builder.sku("red"), 4L));
        assertThat(view.variants()).extracting(ShopperProduct.VariantView::availability).containsExactly("low", "out");
        assertThat(view.availability()).isEqualTo("low");
        assertThat(view(builder.build(), "en", Map.of(builder.sku("red"), 4L, builder.sku("blue"), 9L)).availability())
                .isEqualTo("in-stock");
    }

    @Test
    void alternates_list_each_locale_of_each_market_the_product_is_visible_in() {
        Market jp = Market.of("JP", List.of("JP"), "JPY", List.of("ja", "en"), true, null, true);
        ProductState state = Examples.product().publishedIn(eu).publishedIn(uk)
                .in(jp, new Publication("JP", true, "blocked", List.of("PSE mark missing"))).build();
        List<ShopperProduct.Alternate> alternates = view(state, "en", Map.of()).alternates();
        assertThat(alternates).extracting(a -> a.market() + ":" + a.locale() + ":" + a.hreflang())
                .containsExactly("EU:de:de", "EU:en:en", "UK:en:en-GB");
        assertThat(alternates.get(0).path()).isEqualTo("/v1/markets/EU/products/schal?locale=de");
    }

    @Test
    void a_list_item_shows_the_same_price_and_localization_as_the_product_page() {
        Examples.ProductBuilder builder = Examples.product().variant("red", "30.00").variant("blue", "20.00")
                .publishedIn(eu);
        ProductState state = builder.build();
        ListedProduct listed = new ListedProduct(state.product().id(), state.product().title().values(),
                state.product().variants(), List.of(Examples.price(builder.sku("red"), eu, "15.00")), "scarf", 0, "x");
        ListingItem item = ShopperViews.item(listed, eu, LocaleChain.of("de-AT", eu), FxRates.none(), NOW);
        assertThat(item.title()).isEqualTo("Schal");
        assertThat(item.locale()).isEqualTo("de");
        assertThat(item.price().amount()).isEqualTo(Money.of("EUR", "15.00"));
        assertThat(item.availability()).isEqualTo("out");
    }
}
