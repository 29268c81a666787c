package dev.meridian.checkout.domain.catalog;

/** Catalog's lifecycle of a product: only ACTIVE products are sold. */
public enum ProductStatus {
    DRAFT, ACTIVE, ARCHIVED
}
