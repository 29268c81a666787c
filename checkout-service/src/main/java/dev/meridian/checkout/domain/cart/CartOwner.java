package dev.meridian.checkout.domain.cart;

/** Who may use a cart: whoever holds its token (anonymous), or one customer (the token's {@code sub}). */
public sealed interface CartOwner {

    record Anonymous(String tokenHash) implements CartOwner {
    }

    record Customer(String subject) implements CartOwner {
    }

    /** Whether this caller may see and change the cart; a stranger learns nothing (the cart is "not found"). */
    default boolean admits(String subject, String presentedToken) {
        return switch (this) {
            case Customer c -> c.subject().equals(subject);
            case Anonymous a -> presentedToken != null && CartToken.matches(presentedToken, a.tokenHash());
        };
    }
}
