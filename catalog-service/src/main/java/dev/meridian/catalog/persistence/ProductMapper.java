package dev.meridian.catalog.persistence;

import dev.meridian.catalog.domain.LocalizedText;
import dev.meridian.catalog.domain.Product;
import dev.meridian.catalog.domain.ProductStatus;
import dev.meridian.platform.money.Money;

/** Between the domain aggregate and its row; entities never leave the persistence package as API models. */
public final class ProductMapper {

    private ProductMapper() {
    }

    public static ProductEntity toEntity(Product product) {
        ProductEntity entity = new ProductEntity();
        entity.id = product.id();
        entity.sku = product.sku();
        entity.title = product.title().values();
        entity.basePriceMinor = product.basePrice().minorUnits();
        entity.basePriceCurrency = product.basePrice().currencyCode();
        entity.status = product.status().name();
        entity.createdAt = product.createdAt();
        entity.updatedAt = product.createdAt();
        return entity;
    }

    public static Product toDomain(ProductEntity entity) {
        return new Product(entity.id, entity.sku, new LocalizedText(entity.title),
                Money.ofMinor(entity.basePriceCurrency, entity.basePriceMinor),
                ProductStatus.valueOf(entity.status), entity.createdAt);
    }
}
