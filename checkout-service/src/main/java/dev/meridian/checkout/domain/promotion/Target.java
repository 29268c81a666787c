package dev.meridian.checkout.domain.promotion;

import java.util.Set;

/** What a promotion discounts: the whole order, some products (by product id or SKU), categories, brands, shipping. */
public sealed interface Target {

    /** Whether a cart line is discounted by this target (never true for {@link Shipping}). */
    boolean covers(PricingLine line);

    record WholeOrder() implements Target {
        public boolean covers(PricingLine line) {
            return true;
        }
    }

    record Products(Set<String> productIdsOrSkus) implements Target {
        public Products {
            productIdsOrSkus = Set.copyOf(productIdsOrSkus);
        }

        public boolean covers(PricingLine line) {
            return productIdsOrSkus.contains(line.sku()) || productIdsOrSkus.contains(line.productId());
        }
    }

    record Categories(Set<String> categoryIds) implements Target {
        public Categories {
            categoryIds = Set.copyOf(categoryIds);
        }

        public boolean covers(PricingLine line) {
            return line.categoryIds().stream().anyMatch(categoryIds::contains);
        }
    }

    record Brands(Set<String> brands) implements Target {
        public Brands {
            brands = Set.copyOf(brands);
        }

        public boolean covers(PricingLine line) {
            return line.brand() != null && brands.contains(line.brand());
        }
    }

    record Shipping() implements Target {
        public boolean covers(PricingLine line) {
            return false;
        }
    }
}
