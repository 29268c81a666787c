package dev.meridian.catalog.domain.product;

import static dev.meridian.catalog.domain.Examples.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.catalog.domain.Examples;
import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.MarketPrice;
import dev.meridian.platform.money.Money;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProductStateTest {

    private final Market eu = Examples.eu();
    private final Market uk = Examples.uk();

    @Test
    void the_listing_price_is_the_lowest_variant_price_in_the_market() {
        ProductState state = Examples.product().variant("red", "30.00").variant("blue", "20.00").publishedIn(eu).build();
        assertThat(state.listingPrice(eu, NOW)).isEqualTo(2000L);
    }

    @Test
    void an_explicit_price_wins_over_the_base_price() {
        Examples.ProductBuilder builder = Examples.product().variant("red", "30.00").publishedIn(eu);
        ProductState state = builder.explicit(Examples.price(builder.sku("red"), eu, "25.00")).build();
        assertThat(state.listingPrice(eu, NOW)).isEqualTo(2500L);
    }

    @Test
    void a_market_in_another_currency_derives_prices_with_the_rate_in_force() {
        ProductState state = Examples.product().price("10.00").publishedIn(uk)
                .rates("GBP", Examples.eurTo("GBP", "0.90", NOW.minus(Duration.ofDays(1)))).build();
        assertThat(state.price(state.product().variants().get(0), uk, NOW).orElseThrow().amount())
                .isEqualTo(Money.of("GBP", "9.99"));
    }

    @Test
    void without_a_rate_in_force_a_product_has_no_price_in_a_market_of_another_currency() {
        ProductState state = Examples.product().price("10.00").publishedIn(uk)
                .rates("GBP", Examples.eurTo("GBP", "0.90", NOW.plus(Duration.ofDays(1)))).build();
        assertThat(state.listingPrice(uk, NOW)).isNull();
    }

    @Test
    void replacing_a_price_or_publication_keeps_one_per_variant_and_market() {
        Examples.ProductBuilder builder = Examples.product().variant("red", "30.00").publishedIn(eu);
        ProductState state = builder.explicit(Examples.price(builder.sku("red"), eu, "25.00")).build();

        ProductState changed = state.withPrice(new MarketPrice(builder.sku("red"), "EU", Money.of("EUR", "24.00"),
                null, null, null, null)).withPublication(state.publication("EU").orElseThrow().withPublished(false));

        assertThat(changed.prices()).hasSize(1);
        assertThat(changed.explicit(builder.sku("red"), "EU").amount()).isEqualTo(Money.of("EUR", "24.00"));
        assertThat(changed.publications()).hasSize(1);
        assertThat(changed.visibleIn("EU")).isFalse();
    }
}
