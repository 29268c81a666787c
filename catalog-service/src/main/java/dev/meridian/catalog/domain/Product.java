package dev.meridian.catalog.domain;

import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A product as the catalog owns it: identity, SKU, localized title and a base price. */
public record Product(UUID id, String sku, LocalizedText title, Money basePrice, ProductStatus status,
                      Instant createdAt) {

    private static final String SKU_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (sku == null || !sku.matches(SKU_PATTERN)) {
            throw new CatalogRuleViolation("sku", "must be 1-64 letters, digits, '.', '_' or '-'");
        }
        if (basePrice == null) {
            throw new CatalogRuleViolation("price", "is required");
        }
        if (basePrice.isNegative()) {
            throw new CatalogRuleViolation("price.amount", "must not be negative");
        }
    }

    /** A new product starts as a draft unless the editor activates it right away. */
    public static Product create(String sku, LocalizedText title, Money basePrice, ProductStatus status, Instant now) {
        return new Product(UUID.randomUUID(), sku, title, basePrice, status == null ? ProductStatus.DRAFT : status, now);
    }
}
