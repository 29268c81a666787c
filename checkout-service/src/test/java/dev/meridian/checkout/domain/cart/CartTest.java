package dev.meridian.checkout.domain.cart;

import static dev.meridian.checkout.domain.cart.Carts.LIMITS;
import static dev.meridian.checkout.domain.cart.Carts.NOW;
import static dev.meridian.checkout.domain.cart.Carts.TTL;
import static dev.meridian.checkout.domain.cart.Carts.emptyCart;
import static dev.meridian.checkout.domain.cart.Carts.sellable;
import static dev.meridian.checkout.domain.cart.Carts.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.checkout.domain.catalog.NotSellableReason;
import dev.meridian.checkout.domain.catalog.Sellability;
import dev.meridian.platform.failure.PreconditionFailed;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.failure.StateConflict;
import dev.meridian.platform.money.Money;
import org.junit.jupiter.api.Test;

class CartTest {

    private static final Sellability.NotSellable BLOCKED =
            new Sellability.NotSellable("X", "DE", NotSellableReason.BLOCKED_BY_COMPLIANCE);

    @Test
    void setting_a_quantity_adds_the_line_at_the_price_the_shopper_now_sees_and_zero_removes_it() {
        Cart cart = with(emptyCart(), "A", 2, "19.99");

        assertThat(cart.lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(2);
            assertThat(l.seenUnitPrice()).isEqualTo(Money.of("EUR", "19.99"));
        });
        assertThat(with(cart, "A", 0, "19.99").lines()).isEmpty();
    }

    @Test
    void a_variant_the_market_does_not_sell_is_refused_with_the_reason() {
        assertThatThrownBy(() -> emptyCart().setQuantity("X", 1, BLOCKED, LIMITS, NOW, TTL))
                .isInstanceOf(VariantNotSellable.class)
                .satisfies(e -> assertThat(((StateConflict) e).details()).containsEntry("reason", "blocked-by-compliance"));
    }

    @Test
    void a_line_that_is_no_longer_sellable_may_still_be_reduced_but_not_raised() {
        Cart cart = with(emptyCart(), "X", 3, "5.00");

        assertThat(cart.setQuantity("X", 1, BLOCKED, LIMITS, NOW, TTL).line("X").orElseThrow().quantity()).isEqualTo(1);
        assertThatThrownBy(() -> cart.setQuantity("X", 4, BLOCKED, LIMITS, NOW, TTL))
                .isInstanceOf(VariantNotSellable.class);
    }

    @Test
    void limits_per_line_per_cart_and_in_units_are_enforced() {
        assertThatThrownBy(() -> with(emptyCart(), "A", 6, "1.00")).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("quantity"));
        Cart three = with(with(with(emptyCart(), "A", 1, "1.00"), "B", 1, "1.00"), "C", 1, "1.00");
        assertThatThrownBy(() -> with(three, "D", 1, "1.00")).isInstanceOf(StateConflict.class)
                .hasMessageContaining("at most 3 different variants");
        assertThatThrownBy(() -> with(three, "A", 5, "1.00").setQuantity("B", 5, sellable("B", "1.00"), LIMITS,
                NOW, TTL)).isInstanceOf(StateConflict.class).hasMessageContaining("at most 8 units");
        assertThatThrownBy(() -> with(emptyCart(), "A", -1, "1.00")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void a_stale_version_is_a_failed_precondition() {
        Cart cart = emptyCart();

        cart.requireVersion(null);
        cart.requireVersion(0L);
        assertThatThrownBy(() -> cart.requireVersion(7L)).isInstanceOf(PreconditionFailed.class);
    }

    @Test
    void a_cart_untouched_past_its_expiry_refuses_changes_and_every_change_moves_the_expiry() {
        Cart cart = emptyCart();
        Cart later = cart.removeLine("A", NOW.plus(java.time.Duration.ofDays(3)), TTL);

        assertThat(later.expiresAt()).isEqualTo(NOW.plus(java.time.Duration.ofDays(17)));
        assertThatThrownBy(() -> cart.removeLine("A", cart.expiresAt(), TTL)).isInstanceOf(CartExpired.class);
    }

    @Test
    void an_ordered_or_merged_cart_cannot_change() {
        assertThatThrownBy(() -> with(emptyCart().ordered(NOW), "A", 1, "1.00")).isInstanceOf(StateConflict.class)
                .hasMessageContaining("ordered");
        assertThatThrownBy(() -> with(emptyCart().mergedInto(java.util.UUID.randomUUID(), NOW), "A", 1, "1.00"))
                .isInstanceOf(StateConflict.class).hasMessageContaining("merged");
    }

    @Test
    void only_the_owner_is_admitted_and_the_token_is_checked_against_its_hash() {
        CartOwner anonymous = new CartOwner.Anonymous(CartToken.hash("secret"));
        CartOwner customer = new CartOwner.Customer("sub-1");

        assertThat(anonymous.admits(null, "secret")).isTrue();
        assertThat(anonymous.admits("sub-1", "wrong")).isFalse();
        assertThat(anonymous.admits("sub-1", null)).isFalse();
        assertThat(customer.admits("sub-1", null)).isTrue();
        assertThat(customer.admits("sub-2", "secret")).isFalse();
    }

    @Test
    void tokens_are_long_random_and_never_repeat() {
        String a = CartToken.generate();
        String b = CartToken.generate();

        assertThat(a).hasSize(43).isNotEqualTo(b);
        assertThat(CartToken.hash(a)).hasSize(64).isNotEqualTo(a);
    }
}
