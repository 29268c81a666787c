package dev.meridian.catalog.support;

import java.util.Map;
import java.util.UUID;

/** Object mother for product request bodies. */
public final class Products {

    private Products() {
    }

    public static String uniqueSku() {
        return "SKU-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> newProduct(String sku) {
        return Map.of(
                "sku", sku,
                "title", Map.of("en", "Merino scarf", "de", "Merinoschal"),
                "price", Map.of("currency", "EUR", "amount", "59.90"),
                "status", "ACTIVE");
    }

    public static Map<String, Object> newProduct() {
        return newProduct(uniqueSku());
    }
}
