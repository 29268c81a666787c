package dev.meridian.catalog.domain.product;

import dev.meridian.catalog.domain.localization.LocalizedText;
import java.util.UUID;

/** A node of the category tree with its localized name; list filters by a category include its subcategories. */
public record Category(UUID id, UUID parentId, LocalizedText name) {
}
