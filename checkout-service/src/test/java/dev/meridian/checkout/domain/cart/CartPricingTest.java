package dev.meridian.checkout.domain.cart;

import static dev.meridian.checkout.domain.cart.Carts.emptyCart;
import static dev.meridian.checkout.domain.cart.Carts.sellable;
import static dev.meridian.checkout.domain.cart.Carts.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.checkout.domain.catalog.NotSellableReason;
import dev.meridian.checkout.domain.catalog.Sellability;
import dev.meridian.checkout.domain.promotion.PromotionOutcome;
import dev.meridian.platform.money.Money;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CartPricingTest {

    private static PricedCart price(Cart cart, Map<String, Sellability> sellability) {
        return CartPricing.price(cart, sellability, PromotionOutcome.none(cart.currency()), null);
    }

    @Test
    void totals_are_computed_from_todays_prices_in_minor_units() {
        Cart cart = with(with(emptyCart(), "A", 3, "19.99"), "B", 1, "0.03");

        PricedCart priced = price(cart, Map.of("A", sellable("A", "19.99"), "B", sellable("B", "0.03")));

        assertThat(priced.subtotal()).isEqualTo(Money.of("EUR", "60.00"));
        assertThat(priced.total()).isEqualTo(Money.of("EUR", "60.00"));
        assertThat(priced.warnings()).isEmpty();
    }

    @Test
    void a_changed_price_is_charged_at_todays_price_and_reported_not_applied_silently() {
        Cart cart = with(emptyCart(), "A", 2, "10.00");

        PricedCart priced = price(cart, Map.of("A", sellable("A", "12.00")));

        assertThat(priced.total()).isEqualTo(Money.of("EUR", "24.00"));
        assertThat(priced.warnings()).containsExactly(new CartWarning.PriceChanged("A", Money.of("EUR", "10.00"),
                Money.of("EUR", "12.00")));
    }

    @Test
    void a_line_no_longer_sellable_stays_visible_is_not_counted_and_is_reported() {
        Cart cart = with(with(emptyCart(), "A", 1, "10.00"), "B", 1, "5.00");
        Sellability gone = new Sellability.NotSellable("B", "DE", NotSellableReason.NOT_PUBLISHED);

        PricedCart priced = price(cart, Map.of("A", sellable("A", "10.00"), "B", gone));

        assertThat(priced.lines()).hasSize(2);
        assertThat(priced.hasUnsellableLines()).isTrue();
        assertThat(priced.total()).isEqualTo(Money.of("EUR", "10.00"));
        assertThat(priced.warnings()).containsExactly(new CartWarning.NoLongerSellable("B", NotSellableReason.NOT_PUBLISHED));
    }

    @Test
    void fewer_units_available_than_in_the_cart_is_a_stock_warning() {
        Cart cart = with(emptyCart(), "A", 4, "10.00");

        PricedCart priced = price(cart, Map.of("A", sellable("A", "10.00", 3)));

        assertThat(priced.warnings()).containsExactly(new CartWarning.StockLow("A", 3, 4));
    }

    @Test
    void after_a_change_the_shopper_has_seen_todays_prices() {
        Cart cart = with(emptyCart(), "A", 2, "10.00");

        Cart seen = cart.seenPrices(CartPricing.currentPrices(Map.of("A", sellable("A", "12.00"))));

        assertThat(price(seen, Map.of("A", sellable("A", "12.00"))).warnings()).isEmpty();
    }
}
