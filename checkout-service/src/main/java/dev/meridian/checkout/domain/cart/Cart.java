package dev.meridian.checkout.domain.cart;

import dev.meridian.checkout.domain.catalog.SalesMarket;
import dev.meridian.checkout.domain.catalog.Sellability;
import dev.meridian.checkout.domain.checkout.ShippingAddress;
import dev.meridian.platform.failure.PreconditionFailed;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.failure.StateConflict;
import dev.meridian.platform.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A shopper's cart in one market. Market, currency, locale and tax basis are fixed when the cart is opened; lines
 * change within {@link CartLimits}; every change moves the expiry. Immutable: each change returns the next cart,
 * and {@code version} is the one it was loaded at (the ETag).
 */
public record Cart(UUID id, CartOwner owner, String market, Currency currency, String locale, boolean taxInclusive,
                   CartStatus status, List<CartLine> lines, List<String> discountCodes, String email,
                   ShippingAddress shippingAddress, String shippingService, UUID mergedInto, long version,
                   Instant createdAt, Instant updatedAt, Instant expiresAt) {

    public static final int MAX_DISCOUNT_CODES = 5;

    public Cart {
        lines = List.copyOf(lines);
        discountCodes = List.copyOf(discountCodes);
    }

    public static Cart open(UUID id, CartOwner owner, SalesMarket market, String locale, Instant now, Duration ttl) {
        return new Cart(id, owner, market.code(), market.currency(), locale, market.taxInclusive(), CartStatus.OPEN,
                List.of(), List.of(), null, null, null, null, 0, now, now, now.plus(ttl));
    }

    public boolean isExpired(Instant now) {
        return status == CartStatus.EXPIRED || (status == CartStatus.OPEN && !now.isBefore(expiresAt));
    }

    /** Refuses a change to a cart that is no longer open: expired, merged into another, or ordered. */
    public void requireOpen(Instant now) {
        if (isExpired(now)) {
            throw new CartExpired(id);
        }
        switch (status) {
            case MERGED -> throw new StateConflict("cart " + id + " was merged into the customer's cart",
                    Map.of("mergedInto", String.valueOf(mergedInto)));
            case ORDERED -> throw new StateConflict("cart " + id + " has been ordered; it cannot change any more");
            default -> {
            }
        }
    }

    /** {@code If-Match}: the client changes the cart it last read, or is told to read it again. */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw new PreconditionFailed("cart " + id + " is at version " + version + ", not " + expected
                    + "; read it again and retry");
        }
    }

    public Optional<CartLine> line(String sku) {
        return lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
    }

    public int units() {
        return lines.stream().mapToInt(CartLine::quantity).sum();
    }

    /**
     * Sets the quantity of a variant (0 removes it). More of a variant the market does not sell is refused with the
     * reason; less of it (or removing it) is always allowed.
     */
    public Cart setQuantity(String sku, int quantity, Sellability sellability, CartLimits limits, Instant now,
                            Duration ttl) {
        requireOpen(now);
        RuleViolation.require(quantity >= 0, "quantity", "must be 0 or more");
        if (quantity == 0) {
            return removeLine(sku, now, ttl);
        }
        RuleViolation.require(quantity <= limits.maxQuantityPerLine(), "quantity",
                "at most " + limits.maxQuantityPerLine() + " units of one variant per cart");
        Optional<CartLine> existing = line(sku);
        Money seen;
        if (sellability instanceof Sellability.Sellable sellable) {
            seen = sellable.unitPrice();
        } else if (existing.isPresent() && quantity <= existing.get().quantity()) {
            seen = existing.get().seenUnitPrice();
        } else {
            throw new VariantNotSellable((Sellability.NotSellable) sellability);
        }
        List<CartLine> next = new ArrayList<>(lines);
        if (existing.isPresent()) {
            next.replaceAll(l -> l.sku().equals(sku) ? l.withQuantity(quantity, seen) : l);
        } else {
            if (lines.size() >= limits.maxLines()) {
                throw new StateConflict("a cart holds at most " + limits.maxLines() + " different variants",
                        Map.of("limit", limits.maxLines()));
            }
            next.add(new CartLine(sku, quantity, seen, now));
        }
        int units = next.stream().mapToInt(CartLine::quantity).sum();
        if (units > limits.maxUnits()) {
            throw new StateConflict("a cart holds at most " + limits.maxUnits() + " units in all",
                    Map.of("limit", limits.maxUnits(), "units", units));
        }
        return withLines(next, now, ttl);
    }

    public Cart removeLine(String sku, Instant now, Duration ttl) {
        requireOpen(now);
        return withLines(lines.stream().filter(l -> !l.sku().equals(sku)).toList(), now, ttl);
    }

    /** The shopper has now been shown these unit prices: later changes are measured against them. */
    public Cart seenPrices(Map<String, Money> current) {
        return new Cart(id, owner, market, currency, locale, taxInclusive, status, lines.stream()
                .map(l -> current.containsKey(l.sku()) ? l.withQuantity(l.quantity(), current.get(l.sku())) : l)
                .toList(), discountCodes, email, shippingAddress, shippingService, mergedInto, version, createdAt,
                updatedAt, expiresAt);
    }

    public Cart withDiscountCode(String code, Instant now, Duration ttl) {
        requireOpen(now);
        if (discountCodes.stream().anyMatch(c -> c.equalsIgnoreCase(code))) {
            return this;
        }
        if (discountCodes.size() >= MAX_DISCOUNT_CODES) {
            throw new StateConflict("a cart takes at most " + MAX_DISCOUNT_CODES + " discount codes");
        }
        List<String> next = new ArrayList<>(discountCodes);
        next.add(code);
        return new Cart(id, owner, market, currency, locale, taxInclusive, status, lines, next, email,
                shippingAddress, shippingService, mergedInto, version, createdAt, now, now.plus(ttl));
    }

    public Cart withoutDiscountCode(String code, Instant now, Duration ttl) {
        requireOpen(now);
        return new Cart(id, owner, market, currency, locale, taxInclusive, status, lines,
                discountCodes.stream().filter(c -> !c.equalsIgnoreCase(code)).toList(), email, shippingAddress,
                shippingService, mergedInto, version, createdAt, now, now.plus(ttl));
    }

    public Cart withEmail(String email, Instant now, Duration ttl) {
        requireOpen(now);
        return new Cart(id, owner, market, currency, locale, taxInclusive, status, lines, discountCodes, email,
                shippingAddress, shippingService, mergedInto, version, createdAt, now, now.plus(ttl));
    }

    /** A new address may change the shipping options: the chosen service is cleared with it. */
    public Cart withShippingAddress(ShippingAddress address, Instant now, Duration ttl) {
        requireOpen(now);
        return new Cart(id, owner, market, currency, locale, taxInclusive, status, lines, discountCodes, email,
                address, null, mergedInto, version, createdAt, now, now.plus(ttl));
    }

    public Cart withShippingService(String service, Instant now, Duration ttl) {
        requireOpen(now);
        return new Cart(id, owner, market, currency, locale, taxInclusive, status, lines, discountCodes, email,
                shippingAddress, service, mergedInto, version, createdAt, now, now.plus(ttl));
    }

    /** The customer who signed in now owns this (formerly anonymous) cart; its token stops working. */
    public Cart adoptedBy(String subject, Instant now, Duration ttl) {
        requireOpen(now);
        return new Cart(id, new CartOwner.Customer(subject), market, currency, locale, taxInclusive, status, lines,
                discountCodes, email, shippingAddress, shippingService, mergedInto, version, createdAt, now,
                now.plus(ttl));
    }

    public Cart mergedInto(UUID target, Instant now) {
        return new Cart(id, owner, market, currency, locale, taxInclusive, CartStatus.MERGED, lines, discountCodes,
                email, shippingAddress, shippingService, target, version, createdAt, now, expiresAt);
    }

    public Cart ordered(Instant now) {
        return new Cart(id, owner, market, currency, locale, taxInclusive, CartStatus.ORDERED, lines, discountCodes,
                email, shippingAddress, shippingService, mergedInto, version, createdAt, now, expiresAt);
    }

    public Cart withLines(List<CartLine> next, Instant now, Duration ttl) {
        return new Cart(id, owner, market, currency, locale, taxInclusive, status, next, discountCodes, email,
                shippingAddress, shippingService, mergedInto, version, createdAt, now, now.plus(ttl));
    }

    public boolean isAnonymous() {
        return owner instanceof CartOwner.Anonymous;
    }

    public String customer() {
        return owner instanceof CartOwner.Customer c ? c.subject() : null;
    }
}
