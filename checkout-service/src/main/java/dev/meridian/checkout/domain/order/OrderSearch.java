package dev.meridian.checkout.domain.order;

import java.time.Instant;

/** What a merchant searches orders by; every criterion is optional, all given ones must hold. */
public record OrderSearch(OrderStatus status, String market, Instant placedFrom, Instant placedBefore, String email,
                          String number) {
}
