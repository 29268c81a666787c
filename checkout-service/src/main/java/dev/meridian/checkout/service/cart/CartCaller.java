package dev.meridian.checkout.service.cart;

/**
 * Who is asking: the signed-in customer's subject (null when anonymous) and the cart token presented in
 * {@code X-Cart-Token} (null when none). A cart answers only its owner; to anyone else it does not exist.
 */
public record CartCaller(String subject, String cartToken) {

    public boolean signedIn() {
        return subject != null;
    }
}
