package dev.meridian.checkout.domain.cart;

import dev.meridian.checkout.domain.catalog.MarketOffer;
import dev.meridian.checkout.domain.catalog.ProductStatus;
import dev.meridian.checkout.domain.catalog.SalesMarket;
import dev.meridian.checkout.domain.catalog.Sellability;
import dev.meridian.checkout.domain.catalog.SellableVariant;
import dev.meridian.platform.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders for cart tests. */
final class Carts {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final Duration TTL = Duration.ofDays(14);
    static final CartLimits LIMITS = new CartLimits(3, 5, 8);
    static final SalesMarket DE = new SalesMarket("DE", Money.currencyOf("EUR"), true);

    private Carts() {
    }

    static Cart emptyCart() {
        return Cart.open(UUID.randomUUID(), new CartOwner.Anonymous(CartToken.hash("token")), DE, "de-DE", NOW, TTL);
    }

    static SellableVariant variant(String sku, String price) {
        MarketOffer offer = new MarketOffer("DE", true, true, "allowed", DE.currency(), true, Money.of("EUR", price),
                null, null);
        return new SellableVariant(sku, UUID.randomUUID(), 1, NOW, ProductStatus.ACTIVE, Map.of("en", "Shirt " + sku),
                Map.of(), "acme", List.of("shirts"), "standard", "610910", "PT", 300, Map.of("DE", offer));
    }

    static Sellability sellable(String sku, String price) {
        return variant(sku, price).in("DE", DE.currency(), NOW, null);
    }

    static Sellability sellable(String sku, String price, long available) {
        return variant(sku, price).in("DE", DE.currency(), NOW, available);
    }

    static Cart with(Cart cart, String sku, int quantity, String price) {
        return cart.setQuantity(sku, quantity, sellable(sku, price), LIMITS, NOW, TTL);
    }
}
