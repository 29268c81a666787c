package dev.meridian.catalog.api;

import dev.meridian.catalog.domain.Product;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A product as the API shows it. */
public record ProductResponse(UUID id, String sku, Map<String, String> title, Money price, String status,
                              Instant createdAt) {

    public static ProductResponse of(Product product) {
        return new ProductResponse(product.id(), product.sku(), product.title().values(), product.basePrice(),
                product.status().name().toLowerCase(java.util.Locale.ROOT), product.createdAt());
    }
}
