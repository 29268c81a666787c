package dev.meridian.catalog.api.market;

import jakarta.validation.constraints.NotEmpty;
import java.util.Map;
import java.util.UUID;

/** Body of POST /v1/admin/categories: the parent (null: a root category) and the name per locale. */
public record CategoryRequest(UUID parentId, @NotEmpty Map<String, String> name) {
}
