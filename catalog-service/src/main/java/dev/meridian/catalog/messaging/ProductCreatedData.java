package dev.meridian.catalog.messaging;

import dev.meridian.catalog.domain.product.Product;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** {@code data} of meridian.catalog.product.created.v1 (schema: docs/events/catalog/product.created.v1.json). */
public record ProductCreatedData(UUID id, String sku, Map<String, String> title, Money basePrice, String status,
                                 Instant createdAt) {

    public static ProductCreatedData of(Product product) {
        return new ProductCreatedData(product.id(), product.sku(), product.title().values(), product.basePrice(),
                product.status().name(), product.createdAt());
    }
}
