package dev.meridian.checkout.domain.cart;

import static dev.meridian.checkout.domain.cart.Carts.LIMITS;
import static dev.meridian.checkout.domain.cart.Carts.NOW;
import static dev.meridian.checkout.domain.cart.Carts.TTL;
import static dev.meridian.checkout.domain.cart.Carts.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.checkout.domain.checkout.ShippingAddress;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartMergeTest {

    private static Cart customerCart() {
        return Cart.open(UUID.randomUUID(), new CartOwner.Customer("sub-1"), Carts.DE, "de-DE", NOW, TTL);
    }

    @Test
    void quantities_of_the_same_variant_add_up_within_the_per_line_limit() {
        Cart anonymous = with(Carts.emptyCart(), "A", 4, "1.00");
        Cart mine = with(customerCart(), "A", 3, "1.00");

        CartMerge.Result result = CartMerge.merge(anonymous, mine, LIMITS, NOW, TTL);

        assertThat(result.target().line("A").orElseThrow().quantity()).isEqualTo(5);
        assertThat(result.notes()).containsExactly("A: quantity capped at 5");
    }

    @Test
    void other_lines_join_while_they_fit_and_the_rest_is_named() {
        Cart anonymous = with(with(Carts.emptyCart(), "B", 1, "1.00"), "C", 1, "1.00");
        Cart mine = with(with(customerCart(), "A", 1, "1.00"), "D", 1, "1.00");

        CartMerge.Result result = CartMerge.merge(anonymous, mine, LIMITS, NOW, TTL);

        assertThat(result.target().lines()).extracting(CartLine::sku).containsExactly("A", "D", "B");
        assertThat(result.notes()).containsExactly("C: not merged, the cart is full");
    }

    @Test
    void codes_combine_the_customers_details_win_and_the_anonymous_cart_points_at_the_customers() {
        ShippingAddress address = new ShippingAddress("Ann", "Street 1", null, "10115", "Berlin", null, "DE", null);
        Cart anonymous = Carts.emptyCart().withDiscountCode("WELCOME", NOW, TTL).withEmail("anon@example.com", NOW, TTL)
                .withShippingAddress(address, NOW, TTL);
        Cart mine = customerCart().withDiscountCode("VIP", NOW, TTL).withEmail("me@example.com", NOW, TTL);

        CartMerge.Result result = CartMerge.merge(anonymous, mine, LIMITS, NOW, TTL);

        assertThat(result.target().discountCodes()).containsExactly("VIP", "WELCOME");
        assertThat(result.target().email()).isEqualTo("me@example.com");
        assertThat(result.target().shippingAddress()).isEqualTo(address);
        assertThat(result.source().status()).isEqualTo(CartStatus.MERGED);
        assertThat(result.source().mergedInto()).isEqualTo(mine.id());
    }
}
