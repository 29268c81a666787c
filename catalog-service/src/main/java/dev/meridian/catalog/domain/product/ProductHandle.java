package dev.meridian.catalog.domain.product;

import java.util.UUID;

/** A URL handle of a product in one locale; a renamed handle stays, not current, and redirects to the current one. */
public record ProductHandle(UUID productId, String locale, String handle, boolean current) {
}
