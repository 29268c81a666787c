package dev.meridian.catalog.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.meridian.catalog.domain.localization.LocalizedText;
import dev.meridian.catalog.domain.product.Product;
import dev.meridian.catalog.domain.product.ProductDetails;
import dev.meridian.catalog.domain.product.ProductStatus;
import dev.meridian.catalog.domain.product.Variant;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.List;

/** Between the domain aggregate and its row; entities never leave the persistence package as API models. */
public final class ProductMapper {

    private static final TypeReference<List<Variant>> VARIANTS = new TypeReference<>() { };

    private ProductMapper() {
    }

    public static ProductEntity toEntity(Product product) {
        ProductEntity entity = new ProductEntity();
        entity.id = product.id();
        entity.createdAt = product.createdAt();
        apply(product, entity, product.createdAt());
        return entity;
    }

    /** Copies the editable state onto a managed row; its @Version bumps on flush. */
    public static void apply(Product product, ProductEntity entity, Instant now) {
        entity.sku = product.sku();
        entity.title = product.title().values();
        entity.basePriceMinor = product.basePrice().minorUnits();
        entity.basePriceCurrency = product.basePrice().currencyCode();
        entity.status = product.status().name();
        entity.details = DocJson.write(product.details());
        entity.variants = DocJson.write(product.variants());
        entity.categoryId = product.details().categoryId();
        entity.skus = product.skus().stream().sorted().toArray(String[]::new);
        entity.optionValues = product.variants().stream()
                .flatMap(v -> v.options().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()))
                .distinct().sorted().toArray(String[]::new);
        entity.updatedAt = now;
    }

    public static Product toDomain(ProductEntity entity) {
        return new Product(entity.id, entity.sku, new LocalizedText(entity.title),
                Money.ofMinor(entity.basePriceCurrency, entity.basePriceMinor),
                ProductStatus.valueOf(entity.status), entity.createdAt,
                entity.details == null ? null : DocJson.read(entity.details, ProductDetails.class),
                entity.variants == null ? null : DocJson.read(entity.variants, VARIANTS));
    }
}
