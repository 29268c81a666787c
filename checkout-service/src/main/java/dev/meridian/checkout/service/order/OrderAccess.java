package dev.meridian.checkout.service.order;

import dev.meridian.checkout.domain.order.Order;

/**
 * Who reads or changes an order: its buyer (by subject, or as a guest by the cart token the order was placed
 * with), or staff (order managers see every order). To anyone else the order does not exist.
 */
public record OrderAccess(String subject, String cartToken, boolean staff) {

    public static OrderAccess staff(String subject) {
        return new OrderAccess(subject, null, true);
    }

    public static OrderAccess buyer(String subject, String cartToken) {
        return new OrderAccess(subject, cartToken, false);
    }

    public boolean admits(Order order) {
        return staff || order.ownedBy(subject, cartToken);
    }
}
