package dev.meridian.catalog.service.market;

import dev.meridian.catalog.domain.localization.LocalizedText;
import dev.meridian.catalog.domain.product.Category;
import dev.meridian.catalog.persistence.CategoryRepository;
import dev.meridian.platform.failure.RuleViolation;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** The category tree products are filed under. */
@ApplicationScoped
public class CategoryService {

    private final CategoryRepository categories;

    public CategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    /** Adds a category under {@code parentId} (null: at the root). */
    @WithTransaction
    public Uni<Category> add(UUID parentId, Map<String, String> name) {
        Category category = new Category(UUID.randomUUID(), parentId, new LocalizedText(name));
        Uni<Boolean> parentOk = parentId == null ? Uni.createFrom().item(true) : categories.exists(parentId);
        return parentOk.invoke(ok -> RuleViolation.require(ok, "parentId", "no category " + parentId))
                .chain(() -> categories.insert(category))
                .replaceWith(category);
    }
}
