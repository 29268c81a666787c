package dev.meridian.checkout.domain.cart;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens to an anonymous cart when its shopper signs in and already has an open cart in the same market
 * (docs/adr/040-checkout-carts-price-lock-and-placement.md):
 * <ol>
 *   <li>lines of the same variant are added up, capped at the per-line limit;</li>
 *   <li>other lines join while the cart's line and unit limits allow; a line that does not fit stays out and is
 *       named in the notes;</li>
 *   <li>discount codes are combined up to the limit (they are evaluated again like any code);</li>
 *   <li>e-mail, address and chosen shipping come from the customer's cart, or from the anonymous one where the
 *       customer's has none;</li>
 *   <li>the anonymous cart becomes MERGED and points at the customer's cart; its token opens nothing any more.</li>
 * </ol>
 * Without an open customer cart in that market the anonymous cart is simply adopted (see {@link Cart#adoptedBy}).
 */
public final class CartMerge {

    public record Result(Cart target, Cart source, List<String> notes) {
    }

    private CartMerge() {
    }

    public static Result merge(Cart source, Cart target, CartLimits limits, Instant now, Duration ttl) {
        source.requireOpen(now);
        target.requireOpen(now);
        if (!source.market().equals(target.market())) {
            throw new IllegalArgumentException("carts of different markets are not merged");
        }
        List<String> notes = new ArrayList<>();
        List<CartLine> lines = new ArrayList<>(target.lines());
        for (CartLine incoming : source.lines()) {
            int at = indexOf(lines, incoming.sku());
            int units = lines.stream().mapToInt(CartLine::quantity).sum();
            if (at >= 0) {
                CartLine mine = lines.get(at);
                int wanted = mine.quantity() + incoming.quantity();
                int allowed = Math.min(wanted, Math.min(limits.maxQuantityPerLine(),
                        mine.quantity() + Math.max(0, limits.maxUnits() - units)));
                if (allowed < wanted) {
                    notes.add(incoming.sku() + ": quantity capped at " + allowed);
                }
                lines.set(at, mine.withQuantity(allowed, mine.seenUnitPrice()));
            } else if (lines.size() >= limits.maxLines() || units + incoming.quantity() > limits.maxUnits()) {
                notes.add(incoming.sku() + ": not merged, the cart is full");
            } else {
                lines.add(incoming);
            }
        }
        Cart merged = target.withLines(lines, now, ttl);
        for (String code : source.discountCodes()) {
            if (merged.discountCodes().size() < Cart.MAX_DISCOUNT_CODES) {
                merged = merged.withDiscountCode(code, now, ttl);
            } else if (!merged.discountCodes().contains(code)) {
                notes.add("discount code " + code + ": not merged, the cart has the most codes it takes");
            }
        }
        if (merged.email() == null && source.email() != null) {
            merged = merged.withEmail(source.email(), now, ttl);
        }
        if (merged.shippingAddress() == null && source.shippingAddress() != null) {
            merged = merged.withShippingAddress(source.shippingAddress(), now, ttl)
                    .withShippingService(source.shippingService(), now, ttl);
        }
        return new Result(merged, source.mergedInto(target.id(), now), notes);
    }

    private static int indexOf(List<CartLine> lines, String sku) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).sku().equals(sku)) {
                return i;
            }
        }
        return -1;
    }
}
