package dev.meridian.catalog.api.product;

import dev.meridian.catalog.domain.product.Product;
import dev.meridian.catalog.domain.product.ProductDetails;
import dev.meridian.catalog.domain.product.Variant;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A product as the admin API shows it. */
public record ProductResponse(UUID id, String sku, Map<String, String> title, Money price, String status,
                              Instant createdAt, ProductDetails details, List<Variant> variants, Long version) {

    public static ProductResponse of(Product product) {
        return of(product, null);
    }

    public static ProductResponse of(Product product, Long version) {
        return new ProductResponse(product.id(), product.sku(), product.title().values(), product.basePrice(),
                product.status().name().toLowerCase(Locale.ROOT), product.createdAt(), product.details(),
                product.variants(), version);
    }
}
