package dev.meridian.checkout.domain.cart;

/** What one cart may hold: distinct lines, units of one variant, and units overall. */
public record CartLimits(int maxLines, int maxQuantityPerLine, int maxUnits) {
}
