package dev.meridian.catalog.api.market;

import dev.meridian.catalog.domain.product.Category;
import java.util.Map;
import java.util.UUID;

/** A category as created. */
public record CategoryResponse(UUID id, Map<String, String> name) {

    static CategoryResponse of(Category category) {
        return new CategoryResponse(category.id(), category.name().values());
    }
}
