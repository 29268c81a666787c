package dev.meridian.checkout.persistence;

import dev.meridian.checkout.domain.cart.Cart;
import dev.meridian.checkout.domain.cart.CartLine;
import dev.meridian.checkout.domain.cart.CartOwner;
import dev.meridian.checkout.domain.cart.CartStatus;
import dev.meridian.checkout.domain.checkout.ShippingAddress;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** Cart row ↔ domain cart; lines are {@link Documents.CartLine} documents with the seen price in minor units. */
final class CartMapper {

    private CartMapper() {
    }

    static Cart toDomain(CartEntity e) {
        Currency currency = Money.currencyOf(e.currency);
        CartOwner owner = e.customerId != null ? new CartOwner.Customer(e.customerId)
                : new CartOwner.Anonymous(e.tokenHash);
        List<CartLine> lines = e.lines.items().stream()
                .map(l -> new CartLine(l.sku(), l.quantity(),
                        l.seenMinor() == null ? null : Money.ofMinor(currency, l.seenMinor()),
                        Instant.parse(l.addedAt())))
                .toList();
        return new Cart(e.id, owner, e.market, currency, e.locale, e.taxInclusive, CartStatus.valueOf(e.status), lines,
                e.discountCodes.items(), e.email, address(e.shippingAddress), e.shippingService, e.mergedInto,
                e.version, e.createdAt, e.updatedAt, e.expiresAt);
    }

    /** Copies the cart's state onto the row; the version is Hibernate's to increment. */
    static CartEntity toEntity(Cart c, CartEntity e) {
        e.id = c.id();
        switch (c.owner()) {
            case CartOwner.Customer customer -> {
                e.customerId = customer.subject();
                e.tokenHash = null;
            }
            case CartOwner.Anonymous anonymous -> {
                e.tokenHash = anonymous.tokenHash();
                e.customerId = null;
            }
        }
        e.market = c.market();
        e.currency = c.currency().getCurrencyCode();
        e.locale = c.locale();
        e.taxInclusive = c.taxInclusive();
        e.status = c.status().name();
        e.lines = new Documents.CartLines(c.lines().stream().map(l -> new Documents.CartLine(l.sku(), l.quantity(),
                l.seenUnitPrice() == null ? null : l.seenUnitPrice().minorUnits(), l.addedAt().toString())).toList());
        e.discountCodes = new Documents.Strings(c.discountCodes());
        e.email = c.email();
        e.shippingAddress = document(c.shippingAddress());
        e.shippingService = c.shippingService();
        e.mergedInto = c.mergedInto();
        e.createdAt = c.createdAt();
        e.updatedAt = c.updatedAt();
        e.expiresAt = c.expiresAt();
        return e;
    }

    static Documents.Address document(ShippingAddress a) {
        return a == null ? null : new Documents.Address(a.name(), a.line1(), a.line2(), a.postalCode(), a.city(),
                a.region(), a.country(), a.phone());
    }

    static ShippingAddress address(Documents.Address a) {
        return a == null ? null : new ShippingAddress(a.name(), a.line1(), a.line2(), a.postalCode(), a.city(),
                a.region(), a.country(), a.phone());
    }
}
