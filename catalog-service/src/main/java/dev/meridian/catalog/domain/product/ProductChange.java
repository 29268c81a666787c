package dev.meridian.catalog.domain.product;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of the change feed: a product as of its last change. */
public record ProductChange(UUID id, String sku, String status, long version, OffsetDateTime updatedAt) {
}
