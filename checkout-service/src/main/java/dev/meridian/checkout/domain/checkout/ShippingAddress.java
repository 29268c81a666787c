package dev.meridian.checkout.domain.checkout;

/** Where the order goes. Personal data: stored on the cart and the order, exported and pseudonymised on request. */
public record ShippingAddress(String name, String line1, String line2, String postalCode, String city, String region,
                              String country, String phone) {
}
