package dev.meridian.catalog.domain.product;

/** Lifecycle of a product: only active products can be visible to shoppers. */
public enum ProductStatus {
    DRAFT, ACTIVE, ARCHIVED
}
