package dev.meridian.checkout.domain.order;

import dev.meridian.checkout.domain.cart.Cart;
import dev.meridian.checkout.domain.cart.CartOwner;
import dev.meridian.checkout.domain.cart.CartToken;
import dev.meridian.checkout.domain.checkout.CheckoutQuote;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A placed order: the quote the buyer confirmed (lines, address, totals, promotions as applied) kept unchanged, its
 * four state axes, and what has been dispatched and returned. A signed-in buyer owns it by subject; a guest by the
 * cart token they placed it with.
 */
public record Order(UUID id, String number, UUID cartId, String customer, String email, String guestTokenHash,
                    String market, Currency currency, String locale, OrderState state, OrderProgress progress,
                    CheckoutQuote quote, UUID reservationId, Instant reservationExpiresAt, Instant placedAt,
                    Instant updatedAt, long version) {

    /** The change one event made: the order after it, and the moves on each axis (empty: nothing changed). */
    public record Transition(Order order, OrderEvent event, OrderLifecycle.Result result) {
    }

    public static Order place(UUID id, String number, Cart cart, CheckoutQuote quote, UUID reservationId,
                              Instant reservationExpiresAt, Instant now) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        quote.lines().forEach(l -> ordered.merge(l.sku(), l.quantity(), Integer::sum));
        String guest = cart.owner() instanceof CartOwner.Anonymous a ? a.tokenHash() : null;
        return new Order(id, number, cart.id(), cart.customer(), quote.email(), guest, cart.market(), cart.currency(),
                cart.locale(), OrderState.PLACED, OrderProgress.of(ordered), quote, reservationId,
                reservationExpiresAt, now, now, 0);
    }

    /** Applies an event on all axes, or throws {@link IllegalTransition} and changes nothing. */
    public Transition apply(OrderEvent event, Instant now) {
        OrderLifecycle.Result result = OrderLifecycle.apply(state, progress, event);
        Order next = result.changed() || !result.progress().equals(progress)
                ? new Order(id, number, cartId, customer, email, guestTokenHash, market, currency, locale, result.next(),
                        result.progress(), quote, reservationId, reservationExpiresAt, placedAt, now, version)
                : this;
        return new Transition(next, event, result);
    }

    /** The customer by subject, or the guest holding the cart token the order was placed with. */
    public boolean ownedBy(String subject, String cartToken) {
        if (customer != null) {
            return customer.equals(subject);
        }
        return guestTokenHash != null && cartToken != null && CartToken.matches(cartToken, guestTokenHash);
    }

    public boolean cancellable() {
        return (state.order() == OrderStatus.AWAITING_PAYMENT || state.order() == OrderStatus.CONFIRMED)
                && progress.nothingDispatched();
    }
}
