package dev.meridian.fulfillment.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What fulfillment reads from catalog's product snapshot (docs/events/catalog/product.snapshot.v1.json); every
 * other field is ignored. {@code version} and {@code updatedAt} order snapshots of the same product.
 */
public record CatalogProductData(String id, long version, Map<String, String> title, String hsCode,
                                 String originCountry, List<Variant> variants, Instant updatedAt) {

    public record Variant(String sku, Map<String, String> options, Integer weightGrams) {
    }

    /** Customs wants a plain description: the English title (else the first by language tag) and the options. */
    public String descriptionOf(Variant variant) {
        String name = title == null || title.isEmpty() ? "" : title.getOrDefault("en", title.getOrDefault("en-GB",
                new java.util.TreeMap<>(title).firstEntry().getValue()));
        if (variant.options() != null && !variant.options().isEmpty()) {
            name = name + " (" + String.join(", ", new java.util.TreeMap<>(variant.options()).values()) + ")";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
